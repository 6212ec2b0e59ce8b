import { adminUrlFor, useAdminGet } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { GoalProgress, LowStockVariant, SalesReport } from '../../../shared/contracts/orders';

const adminUrl = adminUrlFor(PLUGIN_ID);

/** Variants at or below the low-stock threshold, fewest first. */
export const useLowStock = () => useAdminGet<{ data: LowStockVariant[] }>(adminUrl('/stock/low'));

/** Net sales by product and by shipping state. */
export const useSales = () => useAdminGet<{ data: SalesReport }>(adminUrl('/reports/sales'));

/** Each sales goal with its net sales and percent. */
export const useGoals = () => useAdminGet<{ data: GoalProgress[] }>(adminUrl('/goals'));
