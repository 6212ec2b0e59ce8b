import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { SupportersReportResponse, SuperVolunteersQuery, SuperVolunteersResponse } from '../../../shared/contracts/reports';
import { adminUrl, useAdminGet } from './admin-request';

/** Totals, by state and new sign-ups per week (GET /mymitt-profiles/reports/supporters). */
export function useSupportersReport(weeks: number) {
  return useAdminGet<SupportersReportResponse>(adminUrl('/reports/supporters', { weeks }));
}

/** The super-volunteer report for the given filters (GET /mymitt-profiles/reports/super-volunteers). */
export function useSuperVolunteers(query: SuperVolunteersQuery) {
  return useAdminGet<SuperVolunteersResponse>(adminUrl('/reports/super-volunteers', { ...query }));
}

/**
 * Downloads the CSV through the admin fetch client, so the admin JWT is sent (a plain link would not
 * carry it), then hands the file to the browser.
 */
export function useSuperVolunteersCsv() {
  const { get } = useFetchClient();
  return useCallback(
    async (query: SuperVolunteersQuery) => {
      const res = await get<Blob>(adminUrl('/reports/super-volunteers.csv', { ...query }), { responseType: 'blob' });
      const disposition = res.headers?.get('Content-Disposition') ?? '';
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'super-volunteers.csv';
      const href = URL.createObjectURL(res.data);
      const link = document.createElement('a');
      link.href = href;
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(href);
    },
    [get]
  );
}
