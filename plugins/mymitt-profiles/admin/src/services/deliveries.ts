import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DeliveriesResponse, DeliveryFilter, RetryResponse } from '../../../shared/contracts/deliveries';
import { adminUrl, useAdminGet } from './admin-request';

export const PAGE_SIZE = 25;

/** Outbox items by status (GET /mymitt-profiles/outbox) and a staff retry of one (POST …/outbox/:id/retry). */
export function useDeliveries(status: DeliveryFilter, page: number) {
  const { post } = useFetchClient();
  const list = useAdminGet<DeliveriesResponse>(adminUrl('/outbox', { status, page, pageSize: PAGE_SIZE }));
  const retry = useCallback(
    async (id: number) => {
      const res = await post<RetryResponse>(adminUrl(`/outbox/${id}/retry`), {});
      list.reload();
      return res.data.data;
    },
    [post, list.reload]
  );
  return { ...list, retry };
}
