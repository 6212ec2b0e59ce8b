import type { Core } from '@strapi/strapi';
import { csvDocument } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../../plugin-id';
import type { StoreConfig } from '../../config';
import { SOLD_STATUSES, TABLES, UIDS } from '../tables';
import { variantsOf } from '../catalog/catalog-queries';

const SALE_STATUSES = [...SOLD_STATUSES, 'refunded'];

/**
 * `getService('reports')`: what the store's admin pages show: low stock, sales by product and by state,
 * goal progress and the packing list. Sales are net of refunds and count paid orders only.
 */
const reports = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as StoreConfig;

  /** Net sales in cents of paid order lines, optionally of one product and within dates. */
  function lineSales(filter: { productDocumentId?: string | null; from?: Date | null; to?: Date | null } = {}) {
    const query = db()(`${TABLES.lines} as l`).join(`${TABLES.orders} as o`, 'o.id', 'l.order_id').whereIn('o.status', SALE_STATUSES);
    if (filter.productDocumentId) query.where('l.product_document_id', filter.productDocumentId);
    if (filter.from) query.where('o.paid_at', '>=', filter.from);
    if (filter.to) query.where('o.paid_at', '<', filter.to);
    return query;
  }

  return {
    /** Variants at or below the low-stock threshold, fewest first. */
    async lowStock(threshold = config().lowStockThreshold) {
      const rows = await variantsOf(strapi, db())
        .clearOrder()
        .select('q.name as product_name')
        .where('v.stock', '<=', threshold)
        .orderBy([{ column: 'v.stock' }, { column: 'v.sku' }]);
      const seen = new Set<string>();
      return rows
        .filter((row: any) => !seen.has(row.sku) && seen.add(row.sku))
        .map((row: any) => ({ sku: row.sku, productDocumentId: row.product_document_id, product: row.product_name, size: row.size, color: row.color, stock: Number(row.stock) }));
    },

    /** Units and net cents by product, and orders and net cents by shipping state. */
    async sales() {
      const [byProduct, byState] = await Promise.all([
        lineSales()
          .groupBy('l.product_document_id')
          .select('l.product_document_id')
          .min({ name: 'l.name' })
          .sum({ units: 'l.qty', refunded: 'l.refunded_cents' })
          .sum({ gross: db().raw('l.qty * l.unit_price_cents') as any }),
        db()(TABLES.orders)
          .whereIn('status', SALE_STATUSES)
          .groupBy('ship_state')
          .select('ship_state')
          .count({ orders: '*' })
          .sum({ total: 'total_cents', refunded: 'refunded_cents' }),
      ]);
      return {
        byProduct: byProduct
          .map((row: any) => ({
            productDocumentId: row.product_document_id as string,
            name: String(row.name).replace(/ \(.*\)$/, ''),
            units: Number(row.units),
            grossCents: Number(row.gross),
            refundedCents: Number(row.refunded),
            netCents: Number(row.gross) - Number(row.refunded),
          }))
          .sort((a: any, b: any) => b.netCents - a.netCents),
        byState: byState
          .map((row: any) => ({ state: row.ship_state as string, orders: Number(row.orders), netCents: Number(row.total) - Number(row.refunded) }))
          .sort((a: any, b: any) => b.netCents - a.netCents),
      };
    },

    /** Every sales goal with its progress: net sales of its product (or all products) within its dates. */
    async goals() {
      const goals = (await strapi.db.query(UIDS.salesGoal).findMany({
        select: ['documentId', 'name', 'goalCents', 'startsAt', 'endsAt'],
        populate: { product: { select: ['documentId'] } },
        orderBy: { id: 'asc' },
      })) as any[];
      return Promise.all(
        goals.map(async (goal: any) => {
          const productDocumentId: string | null = goal.product?.documentId ?? null;
          const from = goal.startsAt ? new Date(goal.startsAt) : null;
          const to = goal.endsAt ? new Date(goal.endsAt) : null;
          const sold = await lineSales({ productDocumentId, from, to })
            .sum({ gross: db().raw('l.qty * l.unit_price_cents') as any, refunded: 'l.refunded_cents' })
            .first();
          const soldCents = Number(sold?.gross ?? 0) - Number(sold?.refunded ?? 0);
          const goalCents = Number(goal.goalCents);
          return {
            documentId: goal.documentId as string,
            name: goal.name as string,
            scope: productDocumentId ? ('product' as const) : ('drive' as const),
            productDocumentId,
            startsAt: from?.toISOString() ?? null,
            endsAt: to?.toISOString() ?? null,
            goalCents,
            soldCents,
            percent: goalCents ? Math.floor((soldCents * 100) / goalCents) : 0,
          };
        })
      );
    },

    /** Paid or fulfilled orders not shipped yet, one CSV row per line, oldest order first. */
    async packingListCsv() {
      const rows = await db()(`${TABLES.lines} as l`)
        .join(`${TABLES.orders} as o`, 'o.id', 'l.order_id')
        .whereIn('o.status', ['paid', 'fulfilled'])
        .select('o.document_id', 'o.paid_at', 'o.ship_name', 'o.ship_street', 'o.ship_street_2', 'o.ship_city', 'o.ship_state', 'o.ship_zip', 'l.sku', 'l.name', 'l.qty')
        .orderBy([{ column: 'o.id' }, { column: 'l.id' }]);
      return csvDocument(
        ['order', 'name', 'street', 'street2', 'city', 'state', 'zip', 'sku', 'item', 'qty'],
        rows.map((r: any) => ({
          order: r.document_id,
          name: r.ship_name,
          street: r.ship_street,
          street2: r.ship_street_2 ?? '',
          city: r.ship_city,
          state: r.ship_state,
          zip: r.ship_zip,
          sku: r.sku,
          item: r.name,
          qty: Number(r.qty),
        }))
      );
    },
  };
};

export default reports;
