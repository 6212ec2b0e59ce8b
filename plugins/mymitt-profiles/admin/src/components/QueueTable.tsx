import type { ReactNode } from 'react';
import { Box, Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { Pagination } from '../../../shared/contracts/moderation-queue';
import { Pager } from './Pager';

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
  if (rows.length === 0) {
    return (
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography>{emptyText}</Typography>
      </Box>
    );
  }
  return (
    <>
      <Table colCount={headers.length} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            {headers.map((header) => (
              <Th key={header}>
                <Typography variant="sigma">{header}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>{rows.map(children)}</Tbody>
      </Table>
      <Pager pagination={pagination} onPage={onPage} />
    </>
  );
}
