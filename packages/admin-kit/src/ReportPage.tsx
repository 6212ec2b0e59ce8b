import type { ReactNode } from 'react';
import { AdminPage } from './AdminPage';
import { EmptyState } from './Panel';
import { usePluginMessages } from './messages';
import type { Loadable } from './request';
import { QueryState } from './states';

interface ReportPageProps<Body> {
  permissions: Array<{ action: string; subject?: string | null }>;
  /** Names the page's texts in the plugin's messages: `<page>.title`, `<page>.subtitle`, and `<page>.none` for an empty report. */
  page: string;
  /** The report's request. */
  state: Loadable<Body>;
  /** Whether the loaded report has nothing to show (`<page>.none` stands in for it). */
  isEmpty: (body: Body) => boolean;
  children: (body: Body) => ReactNode;
}

/** A read-only report page: header, then the loaded report, a note when it is empty, or the loading / error state. */
export function ReportPage<Body>({ permissions, page, state, isEmpty, children }: ReportPageProps<Body>) {
  const t = usePluginMessages();
  const none = t ? t(`${page}.none`, '') : '';
  return (
    <AdminPage permissions={permissions} page={page}>
      <QueryState state={state}>{(body) => (isEmpty(body) ? <EmptyState>{none}</EmptyState> : children(body))}</QueryState>
    </AdminPage>
  );
}
