import { useState, type ReactNode } from 'react';
import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { AdminPage } from './AdminPage';
import type { SelectOption } from './fields';
import { usePluginMessages, type Translate } from './messages';
import { Pager } from './Pager';
import { EmptyState } from './Panel';
import type { Loadable } from './request';
import { DataTable } from './SimpleTable';
import { QueryState } from './states';

export interface PagedRows<Row> {
  data: Row[];
  meta: { pagination: { page: number; pageCount: number } };
}

/**
 * A queue's filter (`pending` / `all`…) and page; changing the filter goes back to page 1.
 * `select(label, options)` is QueuePage's `filter` for it (options: one per Status); `choices(prefix, statuses)` the same
 * with the texts read from the plugin's messages.
 */
export function useQueueFilter<Status extends string>(initial: Status) {
  const t = usePluginMessages();
  const [status, setStatusOnly] = useState<Status>(initial);
  const [page, setPage] = useState(1);
  const setStatus = (next: Status) => {
    setStatusOnly(next);
    setPage(1);
  };
  const select = (label: string, options: Array<{ value: Status; label: string }>) => ({
    label,
    value: status,
    options,
    onChange: (value: string) => setStatus(options.find((option) => option.value === value)?.value ?? initial),
  });
  /** `select` with its texts by convention: the label `<prefix>.show`, each option `<prefix>.<value>` (the plugin's messages). */
  const choices = (prefix: string, values: Status[]) => {
    const text = (key: string, fallback: string) => (t ? t(`${prefix}.${key}`, fallback) : fallback);
    return select(
      text('show', 'Show'),
      values.map((value) => ({ value, label: text(value, value) }))
    );
  };
  return { status, setStatus, page, setPage, select, choices };
}

interface QueueTableProps<Row> {
  headers: string[];
  body: PagedRows<Row>;
  /** Shown instead of the table when the queue is empty. */
  emptyText: string;
  onPage: (page: number) => void;
  /** One table row (`<Tr key>`) per item. */
  children: (row: Row) => ReactNode;
  /** The plugin's messages (the pager's); by default those `PluginApp` provides. */
  t?: Translate;
}

const asIs: Translate = (_id, defaultMessage) => defaultMessage;

/** A paged queue: a header row, one row per item and the pager; a note when it is empty. */
export function QueueTable<Row>({ headers, body, emptyText, onPage, children, t }: QueueTableProps<Row>) {
  const messages = usePluginMessages(t) ?? asIs;
  if (body.data.length === 0) return <EmptyState>{emptyText}</EmptyState>;
  return (
    <>
      <DataTable headers={headers} rowCount={body.data.length}>
        {body.data.map(children)}
      </DataTable>
      <Pager pagination={body.meta.pagination} onPage={onPage} t={messages} />
    </>
  );
}

interface QueuePageProps<Row> extends Omit<QueueTableProps<Row>, 'body' | 'headers'> {
  /** The table's headers as they are, or `columns`: their message keys under `page` (`<page>.<key>`). */
  headers?: string[];
  columns?: string[];
  permissions: Array<{ action: string; subject?: string | null }>;
  /** The header: as AdminPage's (`page="x"`: the `x.title` and `x.subtitle` messages). */
  page?: string;
  title?: string;
  subtitle?: string;
  /** The status filter above the table. */
  filter: { label: string; value: string; options: SelectOption[]; onChange: (value: string) => void };
  /** Controls at the right of the filter (a setting that governs the queue…). */
  endActions?: ReactNode;
  state: Loadable<PagedRows<Row>>;
}

/**
 * A moderation queue page (items waiting for staff, or all of them): header, a status filter, the paged
 * table of `children(row)` rows. Pair with `useQueueFilter` and ActionButton / ConfirmActionButton rows.
 */
export function QueuePage<Row>({
  permissions,
  page,
  title,
  subtitle,
  filter,
  endActions,
  state,
  columns = [],
  ...table
}: QueuePageProps<Row>) {
  const t = usePluginMessages(table.t) ?? asIs;
  const headers = table.headers ?? columns.map((key) => t(`${page}.${key}`, key));
  return (
    <AdminPage
      permissions={permissions}
      page={page}
      title={title}
      subtitle={subtitle}
      startActions={
        <SingleSelect aria-label={filter.label} value={filter.value} onChange={(value: string | number) => filter.onChange(String(value))}>
          {filter.options.map((option) => (
            <SingleSelectOption key={option.value} value={option.value}>
              {option.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      }
      endActions={endActions}
    >
      <QueryState state={state}>{(body) => <QueueTable body={body} {...table} headers={headers} />}</QueryState>
    </AdminPage>
  );
}
