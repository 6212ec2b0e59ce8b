import { pluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { PERMISSIONS } from '../permissions';
import { useMessages } from '../hooks/use-messages';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { SupportersPage } from './SupportersPage';
import { SuperVolunteersPage } from './SuperVolunteersPage';
import { ReportedPostsPage } from './ReportedPostsPage';
import { EventApprovalPage } from './EventApprovalPage';

const PLUGIN = { pluginId: PLUGIN_ID, permissions: PERMISSIONS.read, useMessages, usePermissions: usePluginPermissions };

/** The "Supporters" menu entry: reports and moderation queues, each page behind its own RBAC action. */
export default pluginApp(PLUGIN, (can) => [
  { path: '', element: <SupportersPage />, section: 'reports', nav: 'supporters', allowed: can.canRead },
  { path: 'super-volunteers', element: <SuperVolunteersPage />, section: 'reports', nav: 'superVolunteers', allowed: can.canReadReports },
  { path: 'moderation/posts', element: <ReportedPostsPage />, section: 'moderation', nav: 'reportedPosts', allowed: can.canModeratePosts },
  { path: 'moderation/events', element: <EventApprovalPage />, section: 'moderation', nav: 'eventApproval', allowed: can.canApproveEvents },
]);
