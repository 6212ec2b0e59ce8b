import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { BankCaller, PhoneBank, PhoneBankBody } from '../../../shared/contracts/call-admin';
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
    (id: number) => download(adminUrl(`/phone-banks/${id}/results.csv`), `phone-bank-${id}-results.csv`),
    [download]
  );

  return { ...banks, save, downloadResults };
}

/** The applicants and callers of one `approved` bank; approve or revoke one (both lists.manage), then fetch again. */
export function usePhoneBankCallers(bankId: number) {
  const { post } = useFetchClient();
  const callers = useAdminGet<{ data: BankCaller[] }>(adminUrl(`/phone-banks/${bankId}/callers`));
  const { reload } = callers;

  const decide = useCallback(
    async (userId: number, decision: 'approve' | 'revoke') => {
      try {
        const res = await post<{ data: Omit<BankCaller, 'username' | 'email'> }>(
          adminUrl(`/phone-banks/${bankId}/callers/${userId}/${decision}`),
          {}
        );
        return res.data.data;
      } finally {
        // Fetched again after a refusal too: another manager may have decided meanwhile.
        reload();
      }
    },
    [post, bankId, reload]
  );

  return {
    ...callers,
    approve: useCallback((userId: number) => decide(userId, 'approve'), [decide]),
    revoke: useCallback((userId: number) => decide(userId, 'revoke'), [decide]),
  };
}
