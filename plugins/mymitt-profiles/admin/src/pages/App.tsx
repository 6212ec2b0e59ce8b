import { PluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { PERMISSIONS } from '../permissions';
import { useMessages } from '../hooks/use-messages';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { SupportersPage } from './SupportersPage';
import { SuperVolunteersPage } from './SuperVolunteersPage';
import { ReportedPostsPage } from './ReportedPostsPage';
import { EventApprovalPage } from './EventApprovalPage';

/** The "Supporters" menu entry: reports and moderation queues, each page behind its own RBAC action. */
const App = () => {
  const t = useMessages();
  const can = usePluginPermissions();
  return (
    <PluginApp
      pluginId={PLUGIN_ID}
      title={t('plugin.name', 'Supporters')}
      permissions={PERMISSIONS.read}
      sections={[
        { key: 'reports', label: t('nav.reports', 'Reports') },
        { key: 'moderation', label: t('nav.moderation', 'Moderation') },
      ]}
      pages={[
        { path: '', element: <SupportersPage />, section: 'reports', label: t('nav.supporters', 'Supporters'), allowed: can.canRead },
        {
          path: 'super-volunteers',
          element: <SuperVolunteersPage />,
          section: 'reports',
          label: t('nav.superVolunteers', 'Super-volunteers'),
          allowed: can.canReadReports,
        },
        {
          path: 'moderation/posts',
          element: <ReportedPostsPage />,
          section: 'moderation',
          label: t('nav.reportedPosts', 'Reported posts'),
          allowed: can.canModeratePosts,
        },
        {
          path: 'moderation/events',
          element: <EventApprovalPage />,
          section: 'moderation',
          label: t('nav.eventApproval', 'Events to approve'),
          allowed: can.canApproveEvents,
        },
      ]}
    />
  );
};

export default App;
