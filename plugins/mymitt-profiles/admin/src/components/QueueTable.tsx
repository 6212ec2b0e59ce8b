import type { ReactNode } from 'react';
import { Box, Typography } from '@strapi/design-system';
import { DataTable, Pager } from '@mymitt/admin-kit';
import type { Pagination } from '../../../shared/contracts/moderation-queue';
import { useMessages } from '../hooks/use-messages';

interface QueueTableProps<Row> {
  headers: string[];
  rows: Row[];
  /** Shown instead of the table when the queue is empty. */
  emptyText: string;
  pagination: Pagination;
  onPage: (page: number) => void;
  /** One table row (`<Tr>`) per item. */
  children: (row: Row) => ReactNode;
}

/** A paged moderation queue: a header row, one row per item, and the pager; a note when it is empty. */
export function QueueTable<Row>({ headers, rows, emptyText, pagination, onPage, children }: QueueTableProps<Row>) {
  const t = useMessages();
  if (rows.length === 0) {
    return (
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography>{emptyText}</Typography>
      </Box>
    );
  }
  return (
    <>
      <DataTable headers={headers} rowCount={rows.length}>
        {rows.map(children)}
      </DataTable>
      <Pager pagination={pagination} onPage={onPage} t={t} />
    </>
  );
}
