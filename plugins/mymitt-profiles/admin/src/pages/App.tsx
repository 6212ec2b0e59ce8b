import { Layouts, Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';
import { PluginNav } from '../components/PluginNav';
import { SupportersPage } from './SupportersPage';
import { SuperVolunteersPage } from './SuperVolunteersPage';
import { ReportedPostsPage } from './ReportedPostsPage';
import { EventApprovalPage } from './EventApprovalPage';

/** The "Supporters" menu entry: reports and moderation queues, each page behind its own RBAC action. */
const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Layouts.Root sideNav={<PluginNav />}>
      <Routes>
        <Route index element={<SupportersPage />} />
        <Route path="super-volunteers" element={<SuperVolunteersPage />} />
        <Route path="moderation/posts" element={<ReportedPostsPage />} />
        <Route path="moderation/events" element={<EventApprovalPage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Layouts.Root>
  </Page.Protect>
);

export default App;
