import type { Core } from '@strapi/strapi';
import { linkTable, TABLES, UIDS, type Knex } from '../tables';

export const STORE_LOCALES = ['en', 'es'] as const;
export type StoreLocale = (typeof STORE_LOCALES)[number];
export const DEFAULT_LOCALE: StoreLocale = 'en';

/** The columns a public product answer shows (never stock counts or internal ids). */
const PRODUCT_COLUMNS = ['p.id', 'p.document_id', 'p.slug', 'p.name', 'p.description', 'p.category', 'p.sort_order', 'p.limited_edition', 'p.per_person_max', 'p.locale'];

/**
 * The published product rows of a locale, or English where a product has no published row in that
 * locale (a product staff have not translated yet is still for sale).
 */
export function publishedProducts(db: Knex, locale: StoreLocale) {
  const query = db(`${TABLES.products} as p`).select(PRODUCT_COLUMNS).whereNotNull('p.published_at');
  if (locale === DEFAULT_LOCALE) return query.where('p.locale', DEFAULT_LOCALE);
  return query.where((q: any) =>
    q.where('p.locale', locale).orWhere((en: any) =>
      en
        .where('p.locale', DEFAULT_LOCALE)
        .whereNotIn('p.document_id', db(TABLES.products).select('document_id').where('locale', locale).whereNotNull('published_at'))
    )
  );
}

/**
 * Variants of the given products. A variant links to rows of its product (the draft and the published
 * version): joining on those rows' document_id finds it from every version, DISTINCT keeps one row each.
 */
export function variantsOf(strapi: Core.Strapi, db: Knex) {
  const link = linkTable(strapi, UIDS.variant, 'product');
  return db(`${TABLES.variants} as v`)
    .join(`${link.name} as l`, `l.${link.from}`, 'v.id')
    .join(`${TABLES.products} as q`, 'q.id', `l.${link.to}`)
    .distinct('v.id', 'v.document_id', 'v.sku', 'v.size', 'v.color', 'v.price_cents', 'v.stock', 'v.sort_order', 'q.document_id as product_document_id')
    .orderBy([{ column: 'v.sort_order' }, { column: 'v.id' }]);
}

/** Media of the `images` field of product rows, in their order. */
export function imagesOf(db: Knex, productRowIds: number[]) {
  return db(`${TABLES.fileLinks} as m`)
    .join(`${TABLES.files} as f`, 'f.id', 'm.file_id')
    .whereIn('m.related_id', productRowIds)
    .where('m.related_type', UIDS.product)
    .where('m.field', 'images')
    .select('m.related_id', 'f.url', 'f.alternative_text', 'f.width', 'f.height')
    .orderBy([{ column: 'm.related_id' }, { column: 'm.order' }]);
}
