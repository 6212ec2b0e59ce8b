import { Flex } from '@strapi/design-system';
import { Panel, ReportPage, SimpleTable, type Column } from '@mymitt/admin-kit';
import { useDollars, useMessages } from '../hooks/messages';
import { PERMISSIONS } from '../permissions';
import { useSales } from '../services/reports';
import type { SalesReport } from '../../../shared/contracts/orders';

type ByProduct = SalesReport['byProduct'][number];
type ByState = SalesReport['byState'][number];

/** Net sales (paid orders, refunds taken off) by product and by shipping state, in dollars. */
export const SalesPage = () => {
  const t = useMessages();
  const dollars = useDollars();
  const byProduct: Array<Column<ByProduct>> = [
    { key: 'product', cell: (p) => p.name },
    { key: 'units', cell: (p) => p.units },
    { key: 'gross', cell: (p) => dollars(p.grossCents) },
    { key: 'refunded', cell: (p) => dollars(p.refundedCents) },
    { key: 'net', cell: (p) => dollars(p.netCents) },
  ];
  const byState: Array<Column<ByState>> = [
    { key: 'state', cell: (s) => s.state },
    { key: 'orders', cell: (s) => s.orders },
    { key: 'net', cell: (s) => dollars(s.netCents) },
  ];
  return (
    <ReportPage permissions={PERMISSIONS.read} page="sales" state={useSales().state} isEmpty={({ data }) => data.byProduct.length === 0}>
      {({ data }) => (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Panel title={t('sales.byProduct', 'By product')}>
            <SimpleTable prefix="sales" columns={byProduct} data={data.byProduct} rowKey={(p) => p.productDocumentId} />
          </Panel>
          <Panel
            title={t('sales.byState', 'By shipping state')}
            hint={t('sales.byStateHint', 'Order totals with shipping, net of refunds.')}
          >
            <SimpleTable prefix="sales" columns={byState} data={data.byState} rowKey={(s) => s.state} />
          </Panel>
        </Flex>
      )}
    </ReportPage>
  );
};
