import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { SHOP_TTL_SECONDS, STORE_API, type PublicProduct } from './data';
import { productCard } from './product-card';

export const CATALOG_QUERY = ['category', 'inStock'] as const;
const CATEGORY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const list = (context: PageContext, filters: Record<string, string>) =>
  context.api.get<{ data: PublicProduct[] }>(`${STORE_API}/products`, { locale: context.locale, 'pagination[pageSize]': 100, ...filters });

/** `/shop`: published products by the store's order; a category and "in stock only" filter (a plain GET form). */
export async function shopPage(context: PageContext): Promise<RenderedPage> {
  const { t, query } = context;
  const category = CATEGORY.test(query.category ?? '') ? query.category : '';
  const inStock = query.inStock === 'true';
  const filters: Record<string, string> = {};
  if (category) filters['filters[category][$eq]'] = category;
  if (inStock) filters['filters[inStock][$eq]'] = 'true';
  // Every category is offered whatever is filtered: the unfiltered list names them.
  const [all, shown] = await Promise.all([list(context, {}), Object.keys(filters).length ? list(context, filters) : null]);
  const products = (shown ?? all).data;
  const categories = [...new Set(all.data.map((product) => product.category))].sort();

  return {
    head: { title: t.shopGear, description: t.shopDescription },
    main: html`<section class="shop">
<h1>${t.shopGear}</h1>
<p class="lead">${t.shopLead}</p>
<form class="shop-filter" method="get" action="${context.href('/shop')}">
<label for="shop-category">${t.shopFilter}</label>
<select id="shop-category" name="category">
<option value="">${t.shopAll}</option>
${categories.map((name) => html`<option value="${name}"${name === category ? html` selected` : ''}>${name}</option>`)}
</select>
<span class="checkbox"><input type="checkbox" id="shop-in-stock" name="inStock" value="true"${inStock ? html` checked` : ''}><label for="shop-in-stock">${t.shopInStockOnly}</label></span>
<button type="submit" class="button button--secondary">${t.shopFilter}</button>
</form>
${products.length ? html`<div class="product-grid">${products.map((product) => productCard(context, product))}</div>` : html`<p class="notice">${t.shopEmpty}</p>`}
<p><a href="${context.href('/shop/cart')}">${t.shopViewCart}</a></p>
</section>`,
    tags: ['content', 'store'],
    ttlSeconds: SHOP_TTL_SECONDS,
  };
}
