import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { useAdminGet } from '@mymitt/admin-kit';
import { adminUrl } from './finance';
import type { LimitsAndGoals, LimitsAndGoalsBody, LimitsAndGoalsSaved } from '../../../shared/contracts/limits-and-goals';
import type { OfflineGiftBody, OfflineGiftRecorded, ReconcileReport } from '../../../shared/contracts/finance';

/** Contribution limits and drive goals (in cents) and their save. */
export function useLimitsAndGoals() {
  const { put } = useFetchClient();
  const loaded = useAdminGet<{ data: LimitsAndGoals }>(adminUrl('/compliance/limits-and-goals'));
  const save = useCallback(
    async (body: LimitsAndGoalsBody) => (await put<LimitsAndGoalsSaved>(adminUrl('/compliance/limits-and-goals'), body)).data,
    [put]
  );
  return { ...loaded, save };
}

/** Records a check or cash gift (the same limit check as an online gift: 422 with what the donor may still give). */
export function useRecordOfflineGift() {
  const { post } = useFetchClient();
  return useCallback(
    async (body: OfflineGiftBody) => (await post<{ data: OfflineGiftRecorded }>(adminUrl('/finance/offline-gifts'), body)).data.data,
    [post]
  );
}

/** The reconcile report (GET changes nothing) and the fix (POST { fix: true }). */
export function useReconcile() {
  const { post } = useFetchClient();
  const loaded = useAdminGet<{ data: ReconcileReport }>(adminUrl('/ledger/reconcile'));
  const fix = useCallback(
    async () => (await post<{ data: ReconcileReport }>(adminUrl('/ledger/reconcile'), { fix: true })).data.data,
    [post]
  );
  return { ...loaded, fix };
}
