import { PluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { READ_PERMISSIONS, useStorePermissions } from '../permissions';
import { useMessages } from '../hooks/messages';
import { GoalsPage } from './GoalsPage';
import { HomePage } from './HomePage';
import { LowStockPage } from './LowStockPage';
import { OrderDetailPage } from './OrderDetailPage';
import { OrdersPage } from './OrdersPage';
import { SalesPage } from './SalesPage';

/** The "Store" menu entry: dashboard and reports for every store role; orders for Store manager and Finance. */
const App = () => {
  const t = useMessages();
  const can = useStorePermissions();
  return (
    <PluginApp
      pluginId={PLUGIN_ID}
      title={t('plugin.name', 'Store')}
      permissions={READ_PERMISSIONS}
      sections={[
        { key: 'orders', label: t('nav.orders', 'Orders') },
        { key: 'reports', label: t('nav.reports', 'Reports') },
      ]}
      pages={[
        { path: '', element: <HomePage />, section: 'orders', label: t('nav.dashboard', 'Dashboard'), allowed: can.canRead },
        { path: 'orders', element: <OrdersPage />, section: 'orders', label: t('nav.orderList', 'All orders'), allowed: can.canReadOrders },
        { path: 'orders/:documentId', element: <OrderDetailPage /> },
        { path: 'low-stock', element: <LowStockPage />, section: 'reports', label: t('lowStock.title', 'Low stock'), allowed: can.canRead },
        { path: 'sales', element: <SalesPage />, section: 'reports', label: t('sales.title', 'Sales'), allowed: can.canRead },
        { path: 'goals', element: <GoalsPage />, section: 'reports', label: t('goals.title', 'Sales goals'), allowed: can.canRead },
      ]}
    />
  );
};

export default App;
