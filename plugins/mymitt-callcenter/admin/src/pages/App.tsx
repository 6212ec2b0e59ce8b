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
  const can = useCallcenterPermissions();
  return (
    <PluginApp
      pluginId={PLUGIN_ID}
      messages={useMessages()}
      permissions={PERMISSIONS.read}
      sections={['calling', 'compliance']}
      pages={[
        { path: '', element: <DashboardPage />, section: 'calling', nav: 'dashboard', allowed: can.canRead },
        { path: 'phone-banks', element: <PhoneBanksPage />, section: 'calling', nav: 'phoneBanks', allowed: can.canRead },
        { path: 'lists', element: <ListsPage />, section: 'calling', nav: 'lists', allowed: can.canRead },
        { path: 'phone-banks/new', element: <PhoneBankEditPage /> },
        { path: 'phone-banks/:id', element: <PhoneBankEditPage /> },
        { path: 'dnc', element: <DncPage />, section: 'compliance', nav: 'dnc', allowed: can.canManageDnc },
      ]}
    />
  );
};

export default App;
