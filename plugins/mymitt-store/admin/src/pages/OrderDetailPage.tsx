import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useParams } from 'react-router-dom';
import { AdminPage, BackLink, Panel, QueryState, SimpleTable } from '@mymitt/admin-kit';
import { OrderActions } from '../components/OrderActions';
import { OrderStatusBadge } from '../components/OrderStatusBadge';
import { useColumns, useDollars, useMessages, useShortDate } from '../hooks/messages';
import { PERMISSIONS } from '../permissions';
import { useOrder } from '../services/orders';
import type { StaffOrder } from '../../../shared/contracts/orders';
import { orderNumber } from './OrdersPage';

/** Label: value lines of a panel. */
const Facts = ({ rows }: { rows: Array<[label: string, value: string]> }) => (
  <Flex direction="column" alignItems="stretch" gap={1}>
    {rows.map(([label, value]) => (
      <Typography key={label} tag="p">
        <Typography fontWeight="bold">{`${label}: `}</Typography>
        {value}
      </Typography>
    ))}
  </Flex>
);

const Details = ({ order, reload }: { order: StaffOrder; reload: () => void }) => {
  const t = useMessages();
  const dollars = useDollars();
  const date = useShortDate();
  const columns = useColumns();
  const s = order.shipping;
  const history: Array<[string, string]> = [
    [t('detail.created', 'Placed'), date(order.createdAt)],
    [t('detail.paid', 'Paid'), date(order.paidAt)],
    [t('detail.fulfilled', 'Fulfilled'), date(order.fulfilledAt)],
    [t('detail.shipped', 'Shipped'), order.shippedAt ? `${date(order.shippedAt)} · ${order.carrier} ${order.trackingNumber}` : '—'],
    ...(order.cancelledAt ? [[t('detail.cancelled', 'Cancelled'), date(order.cancelledAt)] as [string, string]] : []),
  ];
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={3} alignItems="center">
        <OrderStatusBadge status={order.status} />
        <OrderActions order={order} onDone={reload} />
      </Flex>
      <Panel title={t('detail.lines', 'Items')}>
        <SimpleTable
          headers={columns('detail', { sku: 'SKU', item: 'Item', qty: 'Qty', unit: 'Unit price', refunded: 'Refunded' })}
          rows={order.lines.map((line) => ({
            key: line.documentId,
            cells: [line.sku, line.name, line.qty, dollars(line.unitPriceCents), line.refundedCents ? dollars(line.refundedCents) : '—'],
          }))}
        />
        <Box paddingTop={4}>
          <Facts
            rows={[
              [t('detail.items', 'Items'), dollars(order.itemsCents)],
              [t('detail.shipping', 'Shipping'), dollars(order.shippingCents)],
              [t('detail.total', 'Total (the contribution)'), dollars(order.totalCents)],
              [t('detail.refundedTotal', 'Refunded'), dollars(order.refundedCents)],
            ]}
          />
        </Box>
      </Panel>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Panel title={t('detail.shipTo', 'Ship to')}>
            <Facts
              rows={[
                [t('detail.name', 'Name'), s.name],
                [t('detail.address', 'Address'), [s.street, s.street2, `${s.city}, ${s.state} ${s.zip}`].filter(Boolean).join(', ')],
              ]}
            />
          </Panel>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Panel title={t('detail.payment', 'Payment')}>
            <Facts
              rows={[
                [t('detail.email', 'Email'), order.email],
                [t('detail.buyer', 'Buyer'), order.guest ? t('orders.guest', 'Guest') : t('orders.account', 'Account')],
                [t('detail.contribution', 'Contribution (ledger)'), order.contributionDocumentId ?? '—'],
                ...(order.stockShortfall
                  ? [
                      [t('detail.shortfall', 'Stock'), t('detail.shortfallText', 'paid after the hold expired: units short')] as [
                        string,
                        string,
                      ],
                    ]
                  : []),
              ]}
            />
          </Panel>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Panel title={t('detail.history', 'History')}>
            <Facts rows={history} />
          </Panel>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};

/** One order: its lines, address, payment and ledger references, history, and the actions the role allows. */
export const OrderDetailPage = () => {
  const t = useMessages();
  const { documentId = '' } = useParams();
  const { state, reload } = useOrder(documentId);
  const title =
    state.status === 'ready' ? t('detail.title', 'Order {number}', { number: orderNumber(state.value.data) }) : t('orders.title', 'Orders');
  return (
    <AdminPage
      permissions={PERMISSIONS.ordersRead}
      title={title}
      primaryAction={<BackLink to="/plugins/mymitt-store/orders">{t('detail.back', 'All orders')}</BackLink>}
    >
      <QueryState state={state}>{(body) => <Details order={body.data} reload={reload} />}</QueryState>
    </AdminPage>
  );
};
