import type { ReactNode } from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

export interface SimpleRow {
  key: string | number;
  cells: ReactNode[];
}

/** A table with a header row; `children` are its body rows (`<Tr>`), `rowCount` their number. */
export const DataTable = ({ headers, rowCount, children }: { headers: ReactNode[]; rowCount: number; children: ReactNode }) => (
  <Table colCount={headers.length} rowCount={rowCount + 1}>
    <Thead>
      <Tr>
        {headers.map((header, i) => (
          <Th key={i}>{typeof header === 'string' ? <Typography variant="sigma">{header}</Typography> : header}</Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>{children}</Tbody>
  </Table>
);

/** A string or number cell is set as text; anything else as it is. */
export const Cell = ({ children }: { children: ReactNode }) => (
  <Td>{typeof children === 'string' || typeof children === 'number' ? <Typography>{children}</Typography> : children}</Td>
);

/** A header row and rows of cells. */
export const SimpleTable = ({ headers, rows }: { headers: ReactNode[]; rows: SimpleRow[] }) => (
  <DataTable headers={headers} rowCount={rows.length}>
    {rows.map((row) => (
      <Tr key={row.key}>
        {row.cells.map((cell, i) => (
          <Cell key={i}>{cell}</Cell>
        ))}
      </Tr>
    ))}
  </DataTable>
);
