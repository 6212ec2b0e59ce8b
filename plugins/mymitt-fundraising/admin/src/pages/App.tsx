import { Layouts, Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { READ_PERMISSIONS } from '../permissions';
import { FinanceNav } from '../components/FinanceNav';
import { DashboardPage } from './DashboardPage';
import { DonationsPage } from './DonationsPage';
import { ExcessFlagsPage } from './ExcessFlagsPage';
import { PaymentAnomaliesPage } from './PaymentAnomaliesPage';
import { PageModerationPage } from './PageModerationPage';
import { CompliancePage } from './CompliancePage';

/** The "Fundraising" menu entry: the dashboard for every role with read; donors, refunds and FEC-10 for Finance. */
const App = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <Layouts.Root sideNav={<FinanceNav />}>
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="donations" element={<DonationsPage />} />
        <Route path="excess" element={<ExcessFlagsPage />} />
        <Route path="duplicate-payments" element={<PaymentAnomaliesPage />} />
        <Route path="pages" element={<PageModerationPage />} />
        <Route path="compliance" element={<CompliancePage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Layouts.Root>
  </Page.Protect>
);

export default App;
