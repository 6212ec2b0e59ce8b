import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { adminUrlFor, useAdminGet, useCsvDownload } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type {
  DonationSearchParams,
  DonationSearchResponse,
  ExcessFlag,
  ExcessRunReport,
  FinanceDashboard,
  PaymentAnomaly,
  RefundRequestBody,
} from '../../../shared/contracts/finance';
import type { ComplianceOverview, FormTextsEditor } from '../../../shared/contracts/compliance';

/** `/mymitt-fundraising/<path>?<query>`: an admin route of this plugin (never the content API). */
export const adminUrl = adminUrlFor(PLUGIN_ID);
export { apiErrorMessage, type Loadable } from '@mymitt/admin-kit';

/** Elections, limits and drives as configured, with what staff must fix (FEC-02). */
export const useComplianceOverview = () => useAdminGet<{ data: ComplianceOverview }>(adminUrl('/compliance/overview'));

/** The contribution form's English texts beside the Spanish finance staff write (and save). */
export function useFormTexts() {
  const { put } = useFetchClient();
  const loaded = useAdminGet<{ data: FormTextsEditor }>(adminUrl('/compliance/texts'));
  const save = useCallback(
    (spanish: Record<string, string | null>) => put<{ data: FormTextsEditor }>(adminUrl('/compliance/texts'), { texts: spanish }),
    [put]
  );
  return { ...loaded, save };
}

export const useDashboard = () => useAdminGet<{ data: FinanceDashboard }>(adminUrl('/finance/dashboard'));

export const useDonationSearch = (params: DonationSearchParams) =>
  useAdminGet<DonationSearchResponse>(adminUrl('/finance/donations', { ...params }));

export const useExcessFlags = (status?: 'open' | 'remedied') =>
  useAdminGet<{ data: ExcessFlag[] }>(adminUrl('/finance/excess-flags', { status }));

/** Duplicate payments the webhook flagged instead of booking. */
export const usePaymentAnomalies = (status?: 'open' | 'settled') =>
  useAdminGet<{ data: PaymentAnomaly[] }>(adminUrl('/finance/payment-anomalies', { status }));

export function useFinanceActions() {
  const { post } = useFetchClient();
  const download = useCsvDownload();
  return {
    refund: useCallback(
      (contributionId: number, body: RefundRequestBody) => post(adminUrl(`/finance/contributions/${contributionId}/refunds`), body),
      [post]
    ),
    runExcessCheck: useCallback(
      async () => (await post<{ data: ExcessRunReport }>(adminUrl('/finance/excess-flags/run'), {})).data.data,
      [post]
    ),
    refundDuplicatePayment: useCallback((id: number) => post(adminUrl(`/finance/payment-anomalies/${id}/refund`), {}), [post]),
    downloadScheduleA: useCallback(() => download(adminUrl('/finance/schedule-a.csv'), 'schedule-a.csv'), [download]),
  };
}
