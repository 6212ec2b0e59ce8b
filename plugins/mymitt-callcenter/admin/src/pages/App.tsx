import { Layouts, Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { READ_PERMISSIONS } from '../permissions';
import { CallcenterNav } from '../components/CallcenterNav';
import { DashboardPage } from './DashboardPage';
import { ListsPage } from './ListsPage';
import { PhoneBanksPage } from './PhoneBanksPage';
import { PhoneBankEditPage } from './PhoneBankEditPage';
import { DncPage } from './DncPage';

/** The "Call center" menu entry: the dashboard, lists and banks for `read`; building and importing need lists.manage, the registry dnc.manage. */
const App = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <Layouts.Root sideNav={<CallcenterNav />}>
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="lists" element={<ListsPage />} />
        <Route path="phone-banks" element={<PhoneBanksPage />} />
        <Route path="phone-banks/new" element={<PhoneBankEditPage />} />
        <Route path="phone-banks/:id" element={<PhoneBankEditPage />} />
        <Route path="dnc" element={<DncPage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Layouts.Root>
  </Page.Protect>
);

export default App;
