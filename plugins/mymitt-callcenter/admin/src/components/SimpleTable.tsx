// Copied from mymitt-fundraising/admin/src/components/SimpleTable.tsx (plugins do not import each other's files).
import type { ReactNode } from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

/** A header row and rows of cells: the dashboard's and lists' tables. */
export const SimpleTable = ({ headers, rows }: { headers: string[]; rows: Array<{ key: string | number; cells: ReactNode[] }> }) => (
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
    <Tbody>
      {rows.map((row) => (
        <Tr key={row.key}>
          {row.cells.map((cell, i) => (
            <Td key={i}>{typeof cell === 'string' || typeof cell === 'number' ? <Typography>{cell}</Typography> : cell}</Td>
          ))}
        </Tr>
      ))}
    </Tbody>
  </Table>
);
