import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { READ_PERMISSIONS } from '../permissions';
import { HomePage } from './HomePage';
import { PageModerationPage } from './PageModerationPage';

const App = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <Routes>
      <Route index element={<HomePage />} />
      <Route path="pages" element={<PageModerationPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
