import type { ReactNode } from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

export interface SimpleRow {
  key: string | number;
  cells: ReactNode[];
}

/** A header row and rows of cells; a string or number cell is set as text. */
export const SimpleTable = ({ headers, rows }: { headers: ReactNode[]; rows: SimpleRow[] }) => (
  <Table colCount={headers.length} rowCount={rows.length + 1}>
    <Thead>
      <Tr>
        {headers.map((header, i) => (
          <Th key={i}>{typeof header === 'string' ? <Typography variant="sigma">{header}</Typography> : header}</Th>
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
