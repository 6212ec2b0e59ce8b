import { useCallback } from 'react';
import type { SupportersReportResponse, SuperVolunteersQuery, SuperVolunteersResponse } from '../../../shared/contracts/reports';
import { adminUrl, useAdminGet, useCsvDownload } from './admin-request';

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
  const download = useCsvDownload();
  return useCallback(
    (query: SuperVolunteersQuery) => download(adminUrl('/reports/super-volunteers.csv', { ...query }), 'super-volunteers.csv'),
    [download]
  );
}
