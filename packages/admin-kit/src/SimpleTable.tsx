import type { ReactNode } from 'react';
import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { usePluginMessages, type Translate } from './messages';
import { EmptyState } from './Panel';

export interface SimpleRow {
  key: string | number;
  cells: ReactNode[];
}

/** One column of a `SimpleTable` given `columns`: its header and how a row fills its cell, side by side. */
export interface Column<Row> {
  /** The header's message id under the table's `prefix` (`<prefix>.<key>`). */
  key: string;
  /** A header given as it is, instead of the message ('' for none). */
  label?: string;
  cell: (row: Row) => ReactNode;
  /** false: the column is left out (e.g. actions the admin may not take). */
  shown?: boolean;
}

/** A column without a header that marks some rows with a badge: the text `badge(row)` gives, or nothing. */
export function badgeColumn<Row>(key: string, badge: (row: Row) => string | null | undefined | false): Column<Row> {
  return {
    key,
    label: '',
    cell: (row) => {
      const text = badge(row);
      return text ? <Badge active>{text}</Badge> : '';
    },
  };
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

/** A string or number cell is set as text (`small`: in the small "pi" type); anything else as it is. */
export const Cell = ({ children, small }: { children: ReactNode; small?: boolean }) => (
  <Td>
    {typeof children === 'string' || typeof children === 'number' ? (
      <Typography variant={small ? 'pi' : undefined}>{children}</Typography>
    ) : (
      children
    )}
  </Td>
);

/** A record's title in bold over a grey detail line (its kind, address or excerpt). */
export const TitleCell = ({ title, detail, width = '20rem' }: { title: ReactNode; detail?: ReactNode; width?: string }) => (
  <Td maxWidth={width}>
    <Typography fontWeight="bold" tag="p">
      {title}
    </Typography>
    {detail !== undefined && (
      <Typography variant="pi" textColor="neutral600" tag="p" ellipsis>
        {detail}
      </Typography>
    )}
  </Td>
);

/** A record's status as a badge, named by the plugin's `<prefix>.status.<status>` message; a warning while it is `pending`. */
export const StatusCell = ({ prefix, status }: { prefix: string; status: string }) => {
  const t = usePluginMessages();
  return (
    <Td>
      <Badge variant={status === 'pending' ? 'warning' : 'neutral'}>{t ? t(`${prefix}.status.${status}`, status) : status}</Badge>
    </Td>
  );
};

/** A moment as the admin's locale writes it, in small type. */
export const TimeCell = ({ at }: { at: string }) => <Cell small>{new Date(at).toLocaleString()}</Cell>;

interface TableTexts {
  /** Shown instead of the table when there are no rows: a text goes in an `EmptyState` card, a node as it is. */
  empty?: ReactNode;
  /** A heading (h2) over the table, with `action` (buttons, links) at its right. */
  title?: string;
  action?: ReactNode;
}

interface RowsProps extends TableTexts {
  headers: ReactNode[];
  rows: SimpleRow[];
}

interface ColumnsProps<Row> extends TableTexts {
  columns: Array<Column<Row>>;
  /** The prefix of the headers' message ids, and the messages (by default the plugin's, from `PluginApp`). */
  prefix: string;
  messages?: Translate;
  data: Row[];
  /** A row's React key; its `id` by default. */
  rowKey?: (row: Row) => string | number;
}

function asRows<Row>({ columns, prefix, data, rowKey }: ColumnsProps<Row>, t?: Translate): { headers: ReactNode[]; rows: SimpleRow[] } {
  const shown = columns.filter((column) => column.shown !== false);
  return {
    headers: shown.map((column) => column.label ?? (t ? t(`${prefix}.${column.key}`, column.key) : column.key)),
    rows: data.map((row, i) => ({
      key: rowKey ? rowKey(row) : ((row as { id?: string | number }).id ?? i),
      cells: shown.map((column) => column.cell(row)),
    })),
  };
}

/**
 * An optional heading, a header row and rows of cells, or `empty` when there are none. Either `headers` and `rows`
 * of cells, or `columns` (header key and cell together) over `data`, each row keyed by its `id` unless `rowKey` says:
 *
 *   const columns: Array<Column<Flag>> = [{ key: 'donor', cell: (f) => f.donor.name }, { key: 'actions', shown: can.manage, cell: (f) => <Actions f={f} /> }];
 *   <SimpleTable prefix="excess" data={flags} columns={columns} empty={t('excess.none', 'None.')} />
 */
export function SimpleTable<Row>(props: RowsProps | ColumnsProps<Row>) {
  const { title, action } = props;
  if (!title && !action) return <Rows {...props} />;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex justifyContent="space-between">
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {action}
      </Flex>
      <Rows {...props} />
    </Flex>
  );
}

function Rows<Row>(props: RowsProps | ColumnsProps<Row>) {
  const t = usePluginMessages('messages' in props ? props.messages : undefined);
  const { headers, rows } = 'columns' in props ? asRows(props, t) : props;
  if (rows.length === 0 && props.empty !== undefined)
    return typeof props.empty === 'string' ? <EmptyState>{props.empty}</EmptyState> : <>{props.empty}</>;
  return (
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
}

/** The table cells as one family, the way Strapi's admin groups `Layouts.*` and `Page.*`: `<Cells.Title …/>`, `<Cells.Time …/>`. */
export const Cells = { Text: Cell, Title: TitleCell, Time: TimeCell, Status: StatusCell };
