import { pluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { READ_PERMISSIONS, useStorePermissions } from '../permissions';
import { useMessages } from '../hooks/messages';
import { GoalsPage } from './GoalsPage';
import { HomePage } from './HomePage';
import { LowStockPage } from './LowStockPage';
import { OrderDetailPage } from './OrderDetailPage';
import { OrdersPage } from './OrdersPage';
import { SalesPage } from './SalesPage';

const PLUGIN = { pluginId: PLUGIN_ID, permissions: READ_PERMISSIONS, useMessages, usePermissions: useStorePermissions };

/** The "Store" menu entry: dashboard and reports for every store role; orders for Store manager and Finance. */
export default pluginApp(PLUGIN, (can) => [
  { path: '', element: <HomePage />, section: 'orders', nav: 'dashboard', allowed: can.canRead },
  { path: 'orders', element: <OrdersPage />, section: 'orders', nav: 'orderList', allowed: can.canReadOrders },
  { path: 'orders/:documentId', element: <OrderDetailPage /> },
  { path: 'low-stock', element: <LowStockPage />, section: 'reports', nav: 'lowStock', allowed: can.canRead },
  { path: 'sales', element: <SalesPage />, section: 'reports', nav: 'sales', allowed: can.canRead },
  { path: 'goals', element: <GoalsPage />, section: 'reports', nav: 'goals', allowed: can.canRead },
]);
