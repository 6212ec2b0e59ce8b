import { PluginApp } from '@mymitt/admin-kit';
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

/** The "Fundraising" menu entry: the dashboard for every role with read; donors, money and settings for Finance. */
const App = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  return (
    <PluginApp
      pluginId={PLUGIN_ID}
      title={t('plugin.name', 'Fundraising')}
      permissions={READ_PERMISSIONS}
      sections={[
        { key: 'finance', label: t('nav.finance', 'Finance') },
        { key: 'settings', label: t('nav.settings', 'Settings') },
      ]}
      pages={[
        { path: '', element: <DashboardPage />, section: 'finance', label: t('nav.dashboard', 'Dashboard'), allowed: can.canRead },
        {
          path: 'donations',
          element: <DonationsPage />,
          section: 'finance',
          label: t('nav.donations', 'Donations'),
          allowed: can.canReadDonors,
        },
        {
          path: 'offline-gift',
          element: <OfflineGiftPage />,
          section: 'finance',
          label: t('nav.offlineGift', 'Record a check or cash gift'),
          allowed: can.canManageMoney,
        },
        {
          path: 'excess',
          element: <ExcessFlagsPage />,
          section: 'finance',
          label: t('nav.excess', 'Excessive contributions'),
          allowed: can.canReadDonors,
        },
        {
          path: 'duplicate-payments',
          element: <PaymentAnomaliesPage />,
          section: 'finance',
          label: t('nav.duplicates', 'Duplicate payments'),
          allowed: can.canReadDonors,
        },
        { path: 'reconcile', element: <ReconcilePage />, section: 'finance', label: t('nav.reconcile', 'Reconcile'), allowed: can.canRead },
        {
          path: 'limits',
          element: <LimitsGoalsPage />,
          section: 'settings',
          label: t('nav.limits', 'Limits and goals'),
          allowed: can.canRead,
        },
        {
          path: 'compliance',
          element: <CompliancePage />,
          section: 'settings',
          label: t('compliance.title', 'Elections, limits and drives'),
          allowed: can.canRead,
        },
        {
          path: 'pages',
          element: <PageModerationPage />,
          section: 'settings',
          label: t('pages.title', 'Fundraising pages'),
          allowed: can.canUpdateSettings,
        },
      ]}
    />
  );
};

export default App;
