import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../plugin-id';
import type {
  DonationSearchParams,
  DonationSearchResponse,
  ExcessFlag,
  FinanceDashboard,
  PaymentAnomaly,
  RefundRequestBody,
} from '../../../shared/contracts/finance';
import type { ComplianceOverview, FormTextsEditor } from '../../../shared/contracts/compliance';

export type Loadable<Value> = { status: 'loading' } | { status: 'error'; message?: string } | { status: 'ready'; value: Value };

/** `/mymitt-fundraising/<path>?<query>`: an admin route of this plugin (never the content API). */
export function adminUrl(path: string, query: Record<string, string | number | undefined> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/${PLUGIN_ID}${path}${search ? `?${search}` : ''}`;
}

export function apiErrorMessage(error: unknown): string | undefined {
  return (error as any)?.response?.data?.error?.message;
}

function useAdminGet<Body>(url: string) {
  const { get } = useFetchClient();
  const [state, setState] = useState<Loadable<Body>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    get<Body>(url)
      .then((res) => !cancelled && setState({ status: 'ready', value: res.data }))
      .catch((error) => !cancelled && setState({ status: 'error', message: apiErrorMessage(error) }));
    return () => {
      cancelled = true;
    };
  }, [get, url, version]);
  return { state, reload: useCallback(() => setVersion((v) => v + 1), []) };
}

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
  const { get, post } = useFetchClient();
  return {
    refund: useCallback(
      (contributionId: number, body: RefundRequestBody) => post(adminUrl(`/finance/contributions/${contributionId}/refunds`), body),
      [post]
    ),
    runExcessCheck: useCallback(() => post(adminUrl('/finance/excess-flags/run'), {}), [post]),
    refundDuplicatePayment: useCallback((id: number) => post(adminUrl(`/finance/payment-anomalies/${id}/refund`), {}), [post]),
    downloadScheduleA: useCallback(async () => {
      const res = await get<Blob>(adminUrl('/finance/schedule-a.csv'), { responseType: 'blob' });
      const disposition = res.headers?.get('Content-Disposition') ?? '';
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'schedule-a.csv';
      const href = URL.createObjectURL(res.data);
      const link = document.createElement('a');
      link.href = href;
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(href);
    }, [get]),
  };
}
