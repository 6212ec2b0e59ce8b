import { Flex } from '@strapi/design-system';
import { Panel, ReportPage, SimpleTable } from '@mymitt/admin-kit';
import { useColumns, useDollars, useMessages } from '../hooks/messages';
import { PERMISSIONS } from '../permissions';
import { useSales } from '../services/reports';

/** Net sales (paid orders, refunds taken off) by product and by shipping state, in dollars. */
export const SalesPage = () => {
  const t = useMessages();
  const dollars = useDollars();
  const columns = useColumns();
  return (
    <ReportPage
      permissions={PERMISSIONS.read}
      title={t('sales.title', 'Sales')}
      subtitle={t('sales.subtitle', 'Paid orders, net of refunds.')}
      state={useSales().state}
      isEmpty={({ data }) => data.byProduct.length === 0}
      emptyText={t('sales.none', 'No paid orders yet.')}
    >
      {({ data }) => (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Panel title={t('sales.byProduct', 'By product')}>
            <SimpleTable
              headers={columns('sales', { product: 'Product', units: 'Units', gross: 'Gross', refunded: 'Refunded', net: 'Net' })}
              rows={data.byProduct.map((p) => ({
                key: p.productDocumentId,
                cells: [p.name, p.units, dollars(p.grossCents), dollars(p.refundedCents), dollars(p.netCents)],
              }))}
            />
          </Panel>
          <Panel
            title={t('sales.byState', 'By shipping state')}
            hint={t('sales.byStateHint', 'Order totals with shipping, net of refunds.')}
          >
            <SimpleTable
              headers={columns('sales', { state: 'State', orders: 'Orders', net: 'Net' })}
              rows={data.byState.map((s) => ({ key: s.state, cells: [s.state, s.orders, dollars(s.netCents)] }))}
            />
          </Panel>
        </Flex>
      )}
    </ReportPage>
  );
};
