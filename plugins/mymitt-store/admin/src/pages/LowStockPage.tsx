import { ReportPage, SimpleTable, type Column } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import { useLowStock } from '../services/reports';
import type { LowStockVariant } from '../../../shared/contracts/orders';

const COLUMNS: Array<Column<LowStockVariant>> = [
  { key: 'product', cell: (v) => v.product },
  { key: 'sku', cell: (v) => v.sku },
  { key: 'size', cell: (v) => v.size ?? '—' },
  { key: 'color', cell: (v) => v.color ?? '—' },
  { key: 'stock', cell: (v) => v.stock },
];

/** Variants at or below the low-stock threshold, fewest units first (restocked in the content manager). */
export const LowStockPage = () => (
  <ReportPage permissions={PERMISSIONS.read} page="lowStock" state={useLowStock().state} isEmpty={(body) => body.data.length === 0}>
    {(body) => <SimpleTable prefix="lowStock" columns={COLUMNS} data={body.data} rowKey={(v) => v.sku} />}
  </ReportPage>
);
