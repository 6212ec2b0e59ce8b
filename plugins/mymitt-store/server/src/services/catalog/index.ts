import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { createTtlCache, type ListQuery } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../../plugin-id';
import type { StoreConfig } from '../../config';
import { DEFAULT_LOCALE, imagesOf, publishedProducts, variantsOf, type StoreLocale } from './catalog-queries';
import { publicProduct, type ImageRow, type ProductRow, type VariantRow } from './public-product';

/** A public answer serialized once, with its ETag. */
export interface RenderedJson {
  json: string;
  etag: string;
}

const render = (body: unknown): RenderedJson => {
  const json = JSON.stringify(body);
  return { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` };
};

/** Product answers live this long in each instance (and at the CDN): stock shown is at most this stale. */
export const PRODUCT_CACHE_SECONDS = 5;

const groupBy = <T, K>(rows: T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/**
 * `getService('catalog')`: the public catalog, read with knex (three small queries in parallel) and
 * kept serialized for a few seconds per instance; any stock movement on this instance drops it.
 */
const catalog = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as StoreConfig;
  const cache = createTtlCache<RenderedJson | null>(PRODUCT_CACHE_SECONDS * 1000, 2000);
  const db = () => strapi.db.connection;

  async function productBySlug(slug: string, locale: StoreLocale) {
    const [rows, variants] = await Promise.all([
      publishedProducts(db(), locale).where('p.slug', slug) as Promise<ProductRow[]>,
      variantsOf(strapi, db()).where('q.slug', slug) as Promise<VariantRow[]>,
    ]);
    // Spanish asked and given wins over the English fallback row.
    const row = rows.find((r) => r.locale === locale) ?? rows[0];
    if (!row) return null;
    const images = (await imagesOf(db(), [row.id])) as ImageRow[];
    const own = variants.filter((variant) => variant.product_document_id === row.document_id);
    return publicProduct(row, own, images, config().lowStockThreshold);
  }

  return {
    /** GET /products/:slug, serialized: null when no published product has this slug. */
    renderedProduct(slug: string, locale: StoreLocale = DEFAULT_LOCALE) {
      return cache.get(`product:${locale}:${slug}`, async () => {
        const product = await productBySlug(slug, locale);
        return product ? render({ data: product, meta: { locale, localeFallback: product.locale !== locale } }) : null;
      });
    },

    productBySlug,

    /** GET /products: published products (category, in stock), by sortOrder then name. */
    async list(list: ListQuery, filters: { category?: string; inStock?: boolean }) {
      const locale = (list.locale as StoreLocale | undefined) ?? DEFAULT_LOCALE;
      const query = publishedProducts(db(), locale);
      if (filters.category) query.where('p.category', filters.category);
      if (filters.inStock !== undefined) {
        const stocked = variantsOf(strapi, db()).clearSelect().clearOrder().select('v.id').whereRaw('q.document_id = p.document_id').where('v.stock', '>', 0);
        if (filters.inStock) query.whereExists(stocked);
        else query.whereNotExists(stocked);
      }
      const [rows, counted] = await Promise.all([
        query.clone().orderBy([{ column: 'p.sort_order' }, { column: 'p.name' }, { column: 'p.id' }]).offset(list.offset).limit(list.limit) as Promise<ProductRow[]>,
        list.withCount ? query.clone().clearSelect().count({ n: '*' }).first() : Promise.resolve({ n: 0 }),
      ]);
      const documentIds = rows.map((row) => row.document_id);
      const [variants, images] = rows.length
        ? await Promise.all([
            variantsOf(strapi, db()).whereIn('q.document_id', documentIds) as Promise<VariantRow[]>,
            imagesOf(db(), rows.map((row) => row.id)) as Promise<ImageRow[]>,
          ])
        : [[], []];
      const variantsByProduct = groupBy(variants, (v) => v.product_document_id);
      const imagesByRow = groupBy(images, (i) => i.related_id);
      const threshold = config().lowStockThreshold;
      const products = rows.map((row) =>
        publicProduct(row, variantsByProduct.get(row.document_id) ?? [], (imagesByRow.get(row.id) ?? []).slice(0, 1), threshold)
      );
      return { products, total: Number((counted as any)?.n ?? 0), locale };
    },

    /** Stock or prices moved: the next read on this instance goes to the database. */
    forget() {
      cache.clear();
    },
  };
};

export type CatalogService = ReturnType<typeof catalog>;
export default catalog;
