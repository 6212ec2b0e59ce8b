import { ReportPage, SimpleTable } from '@mymitt/admin-kit';
import { useColumns, useMessages } from '../hooks/messages';
import { PERMISSIONS } from '../permissions';
import { useLowStock } from '../services/reports';

/** Variants at or below the low-stock threshold, fewest units first (restocked in the content manager). */
export const LowStockPage = () => {
  const t = useMessages();
  const columns = useColumns();
  return (
    <ReportPage
      permissions={PERMISSIONS.read}
      title={t('lowStock.title', 'Low stock')}
      subtitle={t('lowStock.subtitle', 'Variants at or below the low-stock threshold. Restock them in the content manager.')}
      state={useLowStock().state}
      isEmpty={(body) => body.data.length === 0}
      emptyText={t('lowStock.none', 'Every variant is above the threshold.')}
    >
      {(body) => (
        <SimpleTable
          headers={columns('lowStock', { product: 'Product', sku: 'SKU', size: 'Size', color: 'Color', stock: 'Units left' })}
          rows={body.data.map((v) => ({ key: v.sku, cells: [v.product, v.sku, v.size ?? '—', v.color ?? '—', v.stock] }))}
        />
      )}
    </ReportPage>
  );
};
