import type { Core } from '@strapi/strapi';
import { conflict, unprocessable } from '@mymitt/plugin-kit';
import { HOLDING_STATUSES, TABLES, type Knex } from '../tables';
import { publishedProducts, variantsOf, type StoreLocale } from '../catalog/catalog-queries';
import type { CartLine } from '../../validators/checkout';

export interface PricedLine {
  variantId: number;
  productDocumentId: string;
  sku: string;
  name: string;
  qty: number;
  unitPriceCents: number;
  perPersonMax: number | null;
}

const variantLabel = (name: string, size: string | null, color: string | null) => {
  const options = [size, color].filter(Boolean).join(', ');
  return options ? `${name} (${options})` : name;
};

/**
 * The cart's lines at today's prices: each names a variant of a published product (422 otherwise).
 * Names are in the buyer's locale, falling back to English.
 */
export async function priceCart(strapi: Core.Strapi, lines: CartLine[], locale: StoreLocale): Promise<PricedLine[]> {
  const db = strapi.db.connection;
  const skus = lines.flatMap((line) => (line.sku ? [line.sku] : []));
  const documentIds = lines.flatMap((line) => (line.variantDocumentId ? [line.variantDocumentId] : []));
  const variants = (await variantsOf(strapi, db)
    .where((q: any) => q.whereIn('v.sku', skus).orWhereIn('v.document_id', documentIds))) as Array<{
    id: number;
    document_id: string;
    sku: string;
    size: string | null;
    color: string | null;
    price_cents: number | string;
    product_document_id: string;
  }>;
  const productIds = [...new Set(variants.map((v) => v.product_document_id))];
  const products = productIds.length ? await publishedProducts(db, locale).whereIn('p.document_id', productIds) : [];
  const productById = new Map<string, any>();
  for (const product of products as any[]) {
    if (!productById.has(product.document_id) || product.locale === locale) productById.set(product.document_id, product);
  }
  return lines.map((line) => {
    const variant = variants.find((v) => (line.sku ? v.sku === line.sku : v.document_id === line.variantDocumentId));
    const product = variant && productById.get(variant.product_document_id);
    if (!variant || !product) {
      throw unprocessable(`“${line.sku ?? line.variantDocumentId}” is not for sale; reload the store.`, {
        code: 'not_for_sale',
        item: line.sku ?? line.variantDocumentId,
      });
    }
    return {
      variantId: variant.id,
      productDocumentId: variant.product_document_id,
      sku: variant.sku,
      name: variantLabel(product.name, variant.size, variant.color),
      qty: line.qty,
      unitPriceCents: Number(variant.price_cents),
      perPersonMax: product.limited_edition && product.per_person_max ? Number(product.per_person_max) : null,
    };
  });
}

/** Advisory-lock class of (buyer, limited product) pairs; fundraising's donor locks use 4242/4243. */
export const BUYER_PRODUCT_LOCK_CLASS = 4343;

/**
 * Limited editions: units of a product one buyer (account, else email) holds in orders that are paid
 * or still waiting for payment, plus this cart's, may not pass its per-person maximum (422).
 * On PostgreSQL each (buyer, product) pair is locked until the transaction ends, so two checkouts of one
 * buyer sent at once count each other's units (SQLite runs one writer at a time).
 */
export async function checkPerPersonLimits(strapi: Core.Strapi, trx: Knex, buyerKey: string, lines: PricedLine[]) {
  const limited = new Map<string, { max: number; qty: number; name: string }>();
  for (const line of lines) {
    if (!line.perPersonMax) continue;
    const entry = limited.get(line.productDocumentId) ?? { max: line.perPersonMax, qty: 0, name: line.name.replace(/ \(.*\)$/, '') };
    entry.qty += line.qty;
    limited.set(line.productDocumentId, entry);
  }
  if (!limited.size) return;
  if (strapi.db.dialect.client === 'postgres') {
    // Sorted, in one statement: two carts naming the same products in another order cannot deadlock.
    const keys = [...limited.keys()].map((productDocumentId) => `${buyerKey}|${productDocumentId}`);
    await trx.raw('select count(pg_advisory_xact_lock(?, hashtext(k))) from (select unnest(?::text[]) as k order by 1) as keys', [
      BUYER_PRODUCT_LOCK_CLASS,
      keys,
    ]);
  }
  const held = await trx(`${TABLES.lines} as l`)
    .join(`${TABLES.orders} as o`, 'o.id', 'l.order_id')
    .where('o.buyer_key', buyerKey)
    .whereIn('o.status', [...HOLDING_STATUSES])
    .whereIn('l.product_document_id', [...limited.keys()])
    .groupBy('l.product_document_id')
    .select('l.product_document_id')
    .sum({ qty: 'l.qty' });
  for (const [productDocumentId, wanted] of limited) {
    const already = Number(held.find((row: any) => row.product_document_id === productDocumentId)?.qty ?? 0);
    const remaining = Math.max(0, wanted.max - already);
    if (wanted.qty > remaining) {
      throw unprocessable(
        `“${wanted.name}” is a limited edition: at most ${wanted.max} per person` +
          (already ? `, and you already have ${already} in other orders (${remaining} more allowed).` : '.'),
        { code: 'per_person_limit', productDocumentId, perPersonMax: wanted.max, remaining }
      );
    }
  }
}

/** 409 for a line the stock cannot cover (it was taken by other buyers). */
export async function soldOut(trx: Knex, line: PricedLine) {
  const row = await trx(TABLES.variants).where('id', line.variantId).first('stock');
  const left = Math.max(0, Number(row?.stock ?? 0));
  const message = left ? `Only ${left} of ${line.name} left; lower the quantity.` : `Sold out: ${line.name} has no units left.`;
  return conflict(message, { code: 'sold_out', sku: line.sku, available: left });
}
