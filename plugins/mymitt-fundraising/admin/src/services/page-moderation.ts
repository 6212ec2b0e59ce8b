import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../plugin-id';
import type { PageSettings, PagesForApprovalResponse } from '../../../shared/contracts/pages';

export const PAGE_SIZE = 25;

type Loaded<T> = { status: 'loading' } | { status: 'error' } | { status: 'ready'; body: T };

/** Fundraising pages waiting for approval (or all), the approve / reject decisions and the approval setting. */
export function usePageModeration(filter: 'pending' | 'all', page: number) {
  const { get, post, put } = useFetchClient();
  const [list, setList] = useState<Loaded<PagesForApprovalResponse>>({ status: 'loading' });
  const [settings, setSettings] = useState<PageSettings | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let cancelled = false;
    get<PagesForApprovalResponse>(`/${PLUGIN_ID}/pages/moderation?status=${filter}&page=${page}&pageSize=${PAGE_SIZE}`)
      .then((res) => !cancelled && setList({ status: 'ready', body: res.data }))
      .catch(() => !cancelled && setList({ status: 'error' }));
    get<{ data: PageSettings }>(`/${PLUGIN_ID}/pages/settings`)
      .then((res) => !cancelled && setSettings(res.data.data))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [get, filter, page, version]);

  const approve = useCallback(
    async (documentId: string) => {
      await post(`/${PLUGIN_ID}/pages/moderation/${encodeURIComponent(documentId)}/approve`, {});
      reload();
    },
    [post, reload]
  );
  const reject = useCallback(
    async (documentId: string, reason: string) => {
      await post(`/${PLUGIN_ID}/pages/moderation/${encodeURIComponent(documentId)}/reject`, reason.trim() ? { reason: reason.trim() } : {});
      reload();
    },
    [post, reload]
  );
  const setNeedApproval = useCallback(
    async (pagesNeedApproval: boolean) => {
      const res = await put<{ data: PageSettings }>(`/${PLUGIN_ID}/pages/settings`, { pagesNeedApproval });
      setSettings(res.data.data);
    },
    [put]
  );
  return { list, settings, approve, reject, setNeedApproval };
}
