import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PhoneBank, PhoneBankBody } from '../../../shared/contracts/call-admin';
import { adminUrl, useAdminGet, useCsvDownload } from './admin-request';

/** Phone banks: list, create, update, and the results CSV of one bank. */
export function usePhoneBanks() {
  const { post, put } = useFetchClient();
  const download = useCsvDownload();
  const banks = useAdminGet<{ data: PhoneBank[] }>(adminUrl('/phone-banks'));

  const save = useCallback(
    async (id: number | null, body: PhoneBankBody) => {
      const res = id
        ? await put<{ data: PhoneBank }>(adminUrl(`/phone-banks/${id}`), body)
        : await post<{ data: PhoneBank }>(adminUrl('/phone-banks'), body);
      banks.reload();
      return res.data.data;
    },
    [post, put, banks.reload]
  );

  const downloadResults = useCallback(
    (id: number) => download(`/phone-banks/${id}/results.csv`, `phone-bank-${id}-results.csv`),
    [download]
  );

  return { ...banks, save, downloadResults };
}
