import { PluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { PERMISSIONS } from '../permissions';
import { useMessages } from '../hooks/use-messages';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { DashboardPage } from './DashboardPage';
import { ListsPage } from './ListsPage';
import { PhoneBanksPage } from './PhoneBanksPage';
import { PhoneBankEditPage } from './PhoneBankEditPage';
import { DncPage } from './DncPage';

/** The "Call center" menu entry: the dashboard, lists and banks for `read`; building and importing need lists.manage, the registry dnc.manage. */
const App = () => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  return (
    <PluginApp
      pluginId={PLUGIN_ID}
      title={t('plugin.name', 'Call center')}
      permissions={PERMISSIONS.read}
      sections={[
        { key: 'calling', label: t('nav.calling', 'Calling') },
        { key: 'compliance', label: t('nav.compliance', 'Compliance') },
      ]}
      pages={[
        { path: '', element: <DashboardPage />, section: 'calling', label: t('nav.dashboard', 'Dashboard'), allowed: can.canRead },
        {
          path: 'phone-banks',
          element: <PhoneBanksPage />,
          section: 'calling',
          label: t('nav.phoneBanks', 'Phone banks'),
          allowed: can.canRead,
        },
        { path: 'lists', element: <ListsPage />, section: 'calling', label: t('nav.lists', 'Call lists'), allowed: can.canRead },
        { path: 'phone-banks/new', element: <PhoneBankEditPage /> },
        { path: 'phone-banks/:id', element: <PhoneBankEditPage /> },
        {
          path: 'dnc',
          element: <DncPage />,
          section: 'compliance',
          label: t('nav.dnc', 'Do-not-call registry'),
          allowed: can.canManageDnc,
        },
      ]}
    />
  );
};

export default App;
