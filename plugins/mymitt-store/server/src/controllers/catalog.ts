import { errors, validateZodSchema } from '@strapi/utils';
import { allowSharedCache, filterValue, paginationMeta, parseListQuery, sendPreserialized, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../utils/get-service';
import { PRODUCT_LIST, productQuery } from '../validators/queries';
import { PRODUCT_CACHE_SECONDS } from '../services/catalog';

/** Public catalog reads: the same for every viewer, CDN-cacheable for a few seconds (stock changes). */
const catalog = () => ({
  /** GET /products */
  async find(ctx: RequestContext) {
    const list = parseListQuery(ctx, PRODUCT_LIST);
    const { products, total, locale } = await getService('catalog').list(list, {
      category: filterValue(list, 'category'),
      inStock: filterValue(list, 'inStock'),
    });
    allowSharedCache(ctx, PRODUCT_CACHE_SECONDS);
    ctx.body = { data: products, meta: { locale, pagination: paginationMeta(list, total) } };
  },

  /** GET /products/:slug: serialized once per cache entry; If-None-Match → 304. */
  async findBySlug(ctx: RequestContext) {
    const { locale } = await validateZodSchema(productQuery)(ctx.query ?? {});
    const rendered = await getService('catalog').renderedProduct(String(ctx.params.slug), locale);
    if (!rendered) throw new errors.NotFoundError('No such product.', { code: 'product_not_found' });
    sendPreserialized(ctx, rendered, PRODUCT_CACHE_SECONDS);
  },
});

export default catalog;
