import { pluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { PERMISSIONS } from '../permissions';
import { useMessages } from '../hooks/use-messages';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { DashboardPage } from './DashboardPage';
import { ListsPage } from './ListsPage';
import { PhoneBanksPage } from './PhoneBanksPage';
import { PhoneBankEditPage } from './PhoneBankEditPage';
import { DncPage } from './DncPage';

const PLUGIN = { pluginId: PLUGIN_ID, permissions: PERMISSIONS.read, useMessages, usePermissions: useCallcenterPermissions };

/** The "Call center" menu entry: the dashboard, lists and banks for `read`; building and importing need lists.manage, the registry dnc.manage. */
export default pluginApp(PLUGIN, (can) => [
  { path: '', element: <DashboardPage />, section: 'calling', nav: 'dashboard', allowed: can.canRead },
  { path: 'phone-banks', element: <PhoneBanksPage />, section: 'calling', nav: 'phoneBanks', allowed: can.canRead },
  { path: 'lists', element: <ListsPage />, section: 'calling', nav: 'lists', allowed: can.canRead },
  { path: 'phone-banks/new', element: <PhoneBankEditPage /> },
  { path: 'phone-banks/:id', element: <PhoneBankEditPage /> },
  { path: 'dnc', element: <DncPage />, section: 'compliance', nav: 'dnc', allowed: can.canManageDnc },
]);
