import { Navigate } from 'react-router-dom';
import { pluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { MENU_PERMISSIONS } from '../permissions';
import { useMessages } from '../hooks/use-messages';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { SupportersPage } from './SupportersPage';
import { SuperVolunteersPage } from './SuperVolunteersPage';
import { ReportedPostsPage } from './ReportedPostsPage';
import { EventApprovalPage } from './EventApprovalPage';
import { DeliveriesPage } from './DeliveriesPage';

const PLUGIN = { pluginId: PLUGIN_ID, permissions: MENU_PERMISSIONS, useMessages, usePermissions: usePluginPermissions };

/**
 * The "Supporters" menu entry: reports and moderation queues, and mail deliveries, each page behind its own
 * RBAC action. An admin who may only follow mail deliveries (Finance) lands on that page.
 */
export default pluginApp(PLUGIN, (can) => [
  {
    path: '',
    element: !can.canRead && can.canManageDeliveries ? <Navigate to="deliveries" replace /> : <SupportersPage />,
    section: 'reports',
    nav: 'supporters',
    allowed: can.canRead,
  },
  { path: 'super-volunteers', element: <SuperVolunteersPage />, section: 'reports', nav: 'superVolunteers', allowed: can.canReadReports },
  { path: 'moderation/posts', element: <ReportedPostsPage />, section: 'moderation', nav: 'reportedPosts', allowed: can.canModeratePosts },
  { path: 'moderation/events', element: <EventApprovalPage />, section: 'moderation', nav: 'eventApproval', allowed: can.canApproveEvents },
  { path: 'deliveries', element: <DeliveriesPage />, section: 'mail', nav: 'deliveries', allowed: can.canManageDeliveries },
]);
