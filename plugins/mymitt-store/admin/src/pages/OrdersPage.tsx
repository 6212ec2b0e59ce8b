import { useState } from 'react';
import { Box, Flex, Link, Tr, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { AdminPage, Cell, DataTable, EmptyState, Pager, QueryState } from '@mymitt/admin-kit';
import { OrderActions } from '../components/OrderActions';
import { OrderFilterBar } from '../components/OrderFilterBar';
import { OrderStatusBadge } from '../components/OrderStatusBadge';
import { PackingListButton } from '../components/PackingListButton';
import { useColumns, useDollars, useMessages, useShortDate } from '../hooks/messages';
import { PERMISSIONS, useStorePermissions } from '../permissions';
import { useOrders } from '../services/orders';
import type { OrderFilters, StaffOrder } from '../../../shared/contracts/orders';

/** The order's short number staff read out: the first 8 characters of its documentId. */
export const orderNumber = (order: StaffOrder) => order.documentId.slice(0, 8).toUpperCase();

/** "2 × Campaign shirt (M)" and, below, "+1 more line". */
const Items = ({ order }: { order: StaffOrder }) => {
  const t = useMessages();
  const [first] = order.lines;
  if (!first) return <Typography textColor="neutral600">—</Typography>;
  return (
    <Box maxWidth="16rem">
      <Typography tag="p" ellipsis>{`${first.qty} × ${first.name}`}</Typography>
      {order.lines.length > 1 && (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {t('orders.moreLines', '{count, plural, one {+# more line} other {+# more lines}}', { count: order.lines.length - 1 })}
        </Typography>
      )}
    </Box>
  );
};

/** Orders with their buyers (ACTIONS.ordersRead): filters, fulfil / ship / refund as the role allows, packing list. */
export const OrdersPage = () => {
  const t = useMessages();
  const columns = useColumns();
  const dollars = useDollars();
  const date = useShortDate();
  const can = useStorePermissions();
  const [filters, setFilters] = useState<OrderFilters>({ page: 1 });
  const { state, reload } = useOrders(filters);
  const showActions = can.canManageOrders || can.canRefund;
  const headers = [
    ...columns('orders', { order: 'Order', buyer: 'Buyer', state: 'State', items: 'Items', total: 'Total', status: 'Status' }),
    ...(showActions ? [t('orders.actions', 'Actions')] : []),
  ];

  return (
    <AdminPage
      permissions={PERMISSIONS.ordersRead}
      title={t('orders.title', 'Orders')}
      subtitle={t('orders.subtitle', 'Newest first. Fulfil, ship and refund from each row.')}
      primaryAction={<PackingListButton />}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <OrderFilterBar filters={filters} onChange={setFilters} />
        <QueryState state={state}>
          {(body) =>
            body.data.length === 0 ? (
              <EmptyState>{t('orders.none', 'No orders match these filters.')}</EmptyState>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Typography variant="pi" tag="p">
                  {t('orders.count', '{total, plural, one {# order} other {# orders}}', { total: body.meta.pagination.total })}
                </Typography>
                <DataTable headers={headers} rowCount={body.data.length}>
                  {body.data.map((order) => (
                    <Tr key={order.documentId}>
                      <Cell>
                        <Link tag={NavLink} to={`/plugins/mymitt-store/orders/${order.documentId}`}>
                          {orderNumber(order)}
                        </Link>
                        <Typography tag="p" variant="pi" textColor="neutral600">
                          {date(order.createdAt)}
                        </Typography>
                      </Cell>
                      <Cell>
                        <Typography tag="p" fontWeight="bold">
                          {order.shipping.name}
                        </Typography>
                        <Typography tag="p" variant="pi" textColor="neutral600">
                          {order.guest ? t('orders.guest', 'Guest') : t('orders.account', 'Account')}
                        </Typography>
                      </Cell>
                      <Cell>{order.shipping.state}</Cell>
                      <Cell>
                        <Items order={order} />
                      </Cell>
                      <Cell>{dollars(order.totalCents)}</Cell>
                      <Cell>
                        <OrderStatusBadge status={order.status} />
                      </Cell>
                      {showActions && (
                        <Cell>
                          <OrderActions order={order} onDone={reload} />
                        </Cell>
                      )}
                    </Tr>
                  ))}
                </DataTable>
                <Pager pagination={body.meta.pagination} onPage={(page) => setFilters({ ...filters, page })} t={t} />
              </Flex>
            )
          }
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
