import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { EventForApproval, PagedResponse, ReportedPost } from '../../../shared/contracts/moderation-queue';
import { adminUrl, useAdminGet } from './admin-request';

export const PAGE_SIZE = 25;

/** Reported posts (GET /mymitt-profiles/moderation/posts) and the remove / dismiss decisions. */
export function useReportedPosts(status: 'open' | 'all', page: number) {
  const { post } = useFetchClient();
  const list = useAdminGet<PagedResponse<ReportedPost>>(adminUrl('/moderation/posts', { status, page, pageSize: PAGE_SIZE }));
  const decide = useCallback(
    async (documentId: string, decision: 'remove' | 'dismiss') => {
      await post(adminUrl(`/moderation/posts/${encodeURIComponent(documentId)}/${decision}`), {});
      list.reload();
    },
    [post, list.reload]
  );
  return { ...list, decide };
}

/** Events hosted by supporters (GET /mymitt-profiles/moderation/events) and approve / reject. */
export function useEventsForApproval(status: 'pending' | 'all', page: number) {
  const { post } = useFetchClient();
  const list = useAdminGet<PagedResponse<EventForApproval>>(adminUrl('/moderation/events', { status, page, pageSize: PAGE_SIZE }));
  const approve = useCallback(
    async (documentId: string) => {
      await post(adminUrl(`/moderation/events/${encodeURIComponent(documentId)}/approve`), {});
      list.reload();
    },
    [post, list.reload]
  );
  const reject = useCallback(
    async (documentId: string, reason: string) => {
      await post(adminUrl(`/moderation/events/${encodeURIComponent(documentId)}/reject`), reason.trim() ? { reason: reason.trim() } : {});
      list.reload();
    },
    [post, list.reload]
  );
  return { ...list, approve, reject };
}
