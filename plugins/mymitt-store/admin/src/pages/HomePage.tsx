import type { ReactNode } from 'react';
import { Flex, Grid, Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { AdminPage, QueryState, Stat } from '@mymitt/admin-kit';
import { useDollars, useMessages } from '../hooks/messages';
import { useStorePermissions } from '../permissions';
import { useOrderCount } from '../services/orders';
import { useLowStock, useSales } from '../services/reports';

const BASE = '/plugins/mymitt-store';

/** A headline figure with a link to the page that details it. */
const LinkedStat = ({ to, linkLabel, children }: { to: string; linkLabel: string; children: ReactNode }) => (
  <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
    <Flex direction="column" alignItems="stretch" gap={2} height="100%">
      {children}
      <Link tag={NavLink} to={to}>
        {linkLabel}
      </Link>
    </Flex>
  </Grid.Item>
);

/** Orders paid and not shipped yet (Store manager and Finance: ACTIONS.ordersRead). */
const ToShipStat = () => {
  const t = useMessages();
  const paid = useOrderCount('paid').state;
  const fulfilled = useOrderCount('fulfilled').state;
  const count =
    paid.status === 'ready' && fulfilled.status === 'ready'
      ? paid.value.meta.pagination.total + fulfilled.value.meta.pagination.total
      : '…';
  return (
    <LinkedStat to={`${BASE}/orders`} linkLabel={t('home.toOrders', 'Open the orders')}>
      <Stat label={t('home.toShip', 'To ship')} value={count} hint={t('home.toShipHint', 'Paid or fulfilled, not shipped')} />
    </LinkedStat>
  );
};

/** The store's dashboard: paid orders, net revenue, low-stock variants and (for order staff) what waits to ship. */
export const HomePage = () => {
  const t = useMessages();
  const dollars = useDollars();
  const can = useStorePermissions();
  const sales = useSales().state;
  const lowStock = useLowStock().state;
  return (
    <AdminPage title={t('plugin.name', 'Store')} subtitle={t('plugin.description', 'Official gear: products, stock, carts and orders.')}>
      <QueryState state={sales}>
        {({ data }) => (
          <Grid.Root gap={4}>
            <LinkedStat to={`${BASE}/sales`} linkLabel={t('home.toSales', 'Sales by product and state')}>
              <Stat label={t('home.paidOrders', 'Paid orders')} value={data.byState.reduce((sum, s) => sum + s.orders, 0)} />
            </LinkedStat>
            <LinkedStat to={`${BASE}/sales`} linkLabel={t('home.toSales', 'Sales by product and state')}>
              <Stat
                label={t('home.revenue', 'Net revenue')}
                value={dollars(data.byState.reduce((sum, s) => sum + s.netCents, 0))}
                hint={t('home.revenueHint', 'With shipping, net of refunds')}
              />
            </LinkedStat>
            <LinkedStat to={`${BASE}/low-stock`} linkLabel={t('home.toLowStock', 'See the low-stock list')}>
              <Stat
                label={t('home.lowStock', 'Low-stock variants')}
                value={lowStock.status === 'ready' ? lowStock.value.data.length : '…'}
              />
            </LinkedStat>
            {can.canReadOrders && <ToShipStat />}
          </Grid.Root>
        )}
      </QueryState>
    </AdminPage>
  );
};
