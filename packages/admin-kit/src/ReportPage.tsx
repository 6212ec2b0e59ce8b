import type { ReactNode } from 'react';
import { AdminPage } from './AdminPage';
import { EmptyState } from './Panel';
import type { Loadable } from './request';
import { QueryState } from './states';

interface ReportPageProps<Body> {
  permissions: Array<{ action: string; subject?: string | null }>;
  title: string;
  subtitle?: string;
  /** The report's request. */
  state: Loadable<Body>;
  /** Whether the loaded report has nothing to show: `emptyText` stands in for it. */
  isEmpty: (body: Body) => boolean;
  emptyText: string;
  children: (body: Body) => ReactNode;
}

/** A read-only report page: header, then the loaded report, a note when it is empty, or the loading / error state. */
export function ReportPage<Body>({ permissions, title, subtitle, state, isEmpty, emptyText, children }: ReportPageProps<Body>) {
  return (
    <AdminPage permissions={permissions} title={title} subtitle={subtitle}>
      <QueryState state={state}>{(body) => (isEmpty(body) ? <EmptyState>{emptyText}</EmptyState> : children(body))}</QueryState>
    </AdminPage>
  );
}
