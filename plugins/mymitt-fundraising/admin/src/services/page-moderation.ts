import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { useAdminGet } from '@mymitt/admin-kit';
import { adminUrl } from './finance';
import type { PageSettings, PagesForApprovalResponse } from '../../../shared/contracts/pages';

export const PAGE_SIZE = 25;

/** Fundraising pages waiting for approval (or all), the approve / reject decisions and the approval setting. */
export function usePageModeration(filter: 'pending' | 'all', page: number) {
  const { post, put } = useFetchClient();
  const list = useAdminGet<PagesForApprovalResponse>(adminUrl('/pages/moderation', { status: filter, page, pageSize: PAGE_SIZE }));
  const settings = useAdminGet<{ data: PageSettings }>(adminUrl('/pages/settings'));
  const { reload } = list;
  const reloadSettings = settings.reload;

  const approve = useCallback(
    async (documentId: string) => {
      await post(adminUrl(`/pages/moderation/${encodeURIComponent(documentId)}/approve`), {});
      reload();
    },
    [post, reload]
  );
  const reject = useCallback(
    async (documentId: string, reason: string) => {
      await post(adminUrl(`/pages/moderation/${encodeURIComponent(documentId)}/reject`), reason.trim() ? { reason: reason.trim() } : {});
      reload();
    },
    [post, reload]
  );
  const setNeedApproval = useCallback(
    async (pagesNeedApproval: boolean) => {
      await put(adminUrl('/pages/settings'), { pagesNeedApproval });
      reloadSettings();
    },
    [put, reloadSettings]
  );
  return {
    list: list.state,
    settings: settings.state.status === 'ready' ? settings.state.value.data : null,
    approve,
    reject,
    setNeedApproval,
  };
}
