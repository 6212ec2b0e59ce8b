import { pluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { READ_PERMISSIONS } from '../permissions';
import { useMessages } from '../hooks/use-messages';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { DashboardPage } from './DashboardPage';
import { DonationsPage } from './DonationsPage';
import { ExcessFlagsPage } from './ExcessFlagsPage';
import { PaymentAnomaliesPage } from './PaymentAnomaliesPage';
import { PageModerationPage } from './PageModerationPage';
import { CompliancePage } from './CompliancePage';
import { LimitsGoalsPage } from './LimitsGoalsPage';
import { OfflineGiftPage } from './OfflineGiftPage';
import { ReconcilePage } from './ReconcilePage';

const PLUGIN = { pluginId: PLUGIN_ID, permissions: READ_PERMISSIONS, useMessages, usePermissions: useFinancePermissions };

/** The "Fundraising" menu entry: the dashboard for every role with read; donors, money and settings for Finance. */
export default pluginApp(PLUGIN, (can) => [
  { path: '', element: <DashboardPage />, section: 'finance', nav: 'dashboard', allowed: can.canRead },
  { path: 'donations', element: <DonationsPage />, section: 'finance', nav: 'donations', allowed: can.canReadDonors },
  { path: 'offline-gift', element: <OfflineGiftPage />, section: 'finance', nav: 'offlineGift', allowed: can.canManageMoney },
  { path: 'excess', element: <ExcessFlagsPage />, section: 'finance', nav: 'excess', allowed: can.canReadDonors },
  { path: 'duplicate-payments', element: <PaymentAnomaliesPage />, section: 'finance', nav: 'duplicates', allowed: can.canReadDonors },
  { path: 'reconcile', element: <ReconcilePage />, section: 'finance', nav: 'reconcile', allowed: can.canRead },
  { path: 'limits', element: <LimitsGoalsPage />, section: 'settings', nav: 'limits', allowed: can.canRead },
  { path: 'compliance', element: <CompliancePage />, section: 'settings', nav: 'compliance', allowed: can.canRead },
  { path: 'pages', element: <PageModerationPage />, section: 'settings', nav: 'pages', allowed: can.canUpdateSettings },
]);
