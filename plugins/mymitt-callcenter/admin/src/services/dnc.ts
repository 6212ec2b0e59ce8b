import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DncAddBody, DncAudit, DncEntry, DncImportReport, DncListQuery, DncListResponse } from '../../../shared/contracts/dnc';
import { adminUrl, useAdminGet, useCsvDownload, useCsvUpload, RENEW_URL, type UploadProgress } from './admin-request';

export const DNC_PAGE_SIZE = 25;

const phonePath = (phone: string) => `/dnc/${encodeURIComponent(phone)}`;

/** The do-not-call registry (TEL-03): search, add, import, export, correct, audit trail. */
export function useDncRegistry(query: DncListQuery) {
  const { get, post } = useFetchClient();
  const upload = useCsvUpload(RENEW_URL);
  const download = useCsvDownload();
  const registry = useAdminGet<DncListResponse>(adminUrl('/dnc', { pageSize: DNC_PAGE_SIZE, ...query }));
  const { reload } = registry;

  return {
    ...registry,
    add: useCallback(
      async (body: DncAddBody) => {
        const res = await post<{ data: DncEntry }>(adminUrl('/dnc'), body);
        reload();
        return res.data.data;
      },
      [post, reload]
    ),
    deactivate: useCallback(
      async (phone: string, note: string) => {
        await post(adminUrl(`${phonePath(phone)}/deactivate`), { note });
        reload();
      },
      [post, reload]
    ),
    audits: useCallback(
      async (phone: string) => (await get<{ data: DncAudit[] }>(adminUrl(`${phonePath(phone)}/audits`))).data.data,
      [get]
    ),
    importCsv: useCallback(
      async (file: File, onProgress: (progress: UploadProgress) => void) => {
        const body = await upload<{ data: DncImportReport }>(adminUrl('/dnc/import'), file, onProgress);
        reload();
        return body.data;
      },
      [upload, reload]
    ),
    exportCsv: useCallback(() => download(adminUrl('/dnc.csv'), 'do-not-call.csv'), [download]),
  };
}
