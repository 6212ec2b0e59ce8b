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
  const can = usePluginPermissions();
  return (
    <PluginApp
      pluginId={PLUGIN_ID}
      messages={useMessages()}
      permissions={PERMISSIONS.read}
      sections={['reports', 'moderation']}
      pages={[
        { path: '', element: <SupportersPage />, section: 'reports', nav: 'supporters', allowed: can.canRead },
        {
          path: 'super-volunteers',
          element: <SuperVolunteersPage />,
          section: 'reports',
          nav: 'superVolunteers',
          allowed: can.canReadReports,
        },
        {
          path: 'moderation/posts',
          element: <ReportedPostsPage />,
          section: 'moderation',
          nav: 'reportedPosts',
          allowed: can.canModeratePosts,
        },
        {
          path: 'moderation/events',
          element: <EventApprovalPage />,
          section: 'moderation',
          nav: 'eventApproval',
          allowed: can.canApproveEvents,
        },
      ]}
    />
  );
};

export default App;
