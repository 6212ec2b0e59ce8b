import type { CallDashboard } from '../../../shared/contracts/dashboard';
import { adminUrl, useAdminGet } from './admin-request';

/** How often the dashboard fetches its figures again. */
export const DASHBOARD_REFRESH_MS = 10_000;

/** GET /dashboard (whole call center or one phone bank), refreshed every 10 s. */
export const useCallDashboard = (phoneBankId?: number) =>
  useAdminGet<{ data: CallDashboard }>(adminUrl('/dashboard', { phoneBankId }), { refreshMs: DASHBOARD_REFRESH_MS });
