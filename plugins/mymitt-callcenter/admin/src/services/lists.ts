import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CallList, CreateListBody, ImportReport } from '../../../shared/contracts/call-admin';
import { adminUrl, useAdminGet, useCsvUpload, RENEW_URL, type UploadProgress } from './admin-request';

/** Call lists with their counts; creating a list; importing a CSV into one with upload progress. */
export function useCallLists() {
  const { post } = useFetchClient();
  const upload = useCsvUpload(RENEW_URL);
  const lists = useAdminGet<{ data: CallList[] }>(adminUrl('/lists'));

  const createList = useCallback(
    async (body: CreateListBody) => {
      const res = await post<{ data: Omit<CallList, 'contacts'> }>(adminUrl('/lists'), body);
      lists.reload();
      return res.data.data;
    },
    [post, lists.reload]
  );

  const importCsv = useCallback(
    async (listId: number, file: File, onProgress: (progress: UploadProgress) => void) => {
      const body = await upload<{ data: ImportReport }>(adminUrl(`/lists/${listId}/import`), file, onProgress);
      lists.reload();
      return body.data;
    },
    [upload, lists.reload]
  );

  return { ...lists, createList, importCsv };
}
