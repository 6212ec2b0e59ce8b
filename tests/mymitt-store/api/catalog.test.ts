import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { aProduct, STORE } from './helpers';

/** The public catalog: published products only, in the visitor's language, CDN-cacheable, no internal fields. */
const app = useStrapi();
const get = (path: string, headers: Record<string, string> = {}) => app.http().get(`${STORE}${path}`).set(headers);

describe('GET /products/:slug', () => {
  it('shows a published product with its variants, prices and availability, never stock counts or ids', async () => {
    const product = await aProduct(
      app,
      [
        { size: 'M', color: 'Navy', priceCents: 3000, stock: 12 },
        { size: 'L', color: 'Navy', priceCents: 3200, stock: 2 },
        { size: 'XL', color: 'Navy', priceCents: 3200, stock: 0 },
      ],
      { limitedEdition: true, perPersonMax: 2 }
    );
    const res = await get(`/products/${product.slug}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        documentId: product.documentId,
        slug: product.slug,
        name: product.name,
        description: 'Soft cotton.',
        category: 'apparel',
        locale: 'en',
        limitedEdition: true,
        perPersonMax: 2,
        images: [],
        priceFromCents: 3000,
        inStock: true,
        variants: [
          { documentId: product.variants[0].documentId, sku: product.variants[0].sku, size: 'M', color: 'Navy', priceCents: 3000, inStock: true, lowStock: false },
          { documentId: product.variants[1].documentId, sku: product.variants[1].sku, size: 'L', color: 'Navy', priceCents: 3200, inStock: true, lowStock: true },
          { documentId: product.variants[2].documentId, sku: product.variants[2].sku, size: 'XL', color: 'Navy', priceCents: 3200, inStock: false, lowStock: false },
        ],
      },
      meta: { locale: 'en', localeFallback: false },
    });
    expect(res.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
    expect(res.headers.etag).toMatch(/^W\/"/);
    const again = await get(`/products/${product.slug}`, { 'If-None-Match': res.headers.etag });
    expect(again.status).toBe(304);
  });

  it('answers in Spanish when staff translated the product, in English (flagged) when not', async () => {
    const translated = await aProduct(app, [{ priceCents: 1500, stock: 5 }], {}, { es: { name: 'Camiseta de campaña', description: 'Algodón suave.' } });
    const es = await get(`/products/${translated.slug}?locale=es`);
    expect(es.body.data).toMatchObject({ name: 'Camiseta de campaña', description: 'Algodón suave.', locale: 'es' });
    expect(es.body.meta).toEqual({ locale: 'es', localeFallback: false });
    const english = await aProduct(app, [{ priceCents: 1500, stock: 5 }]);
    const fallback = await get(`/products/${english.slug}?locale=es`);
    expect(fallback.body.data).toMatchObject({ name: english.name, locale: 'en' });
    expect(fallback.body.meta).toEqual({ locale: 'es', localeFallback: true });
  });

  it('a draft product is 404; a bad query is 400', async () => {
    const draft = await aProduct(app, [{ priceCents: 1500, stock: 5 }], {}, { publish: false });
    const res = await get(`/products/${draft.slug}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ name: 'NotFoundError', message: 'No such product.' });
    expect((await get(`/products/${draft.slug}?locale=fr`)).status).toBe(400);
    expect((await get(`/products/${draft.slug}?populate=*`)).status).toBe(400);
  });
});

describe('GET /products', () => {
  it('lists published products by category and availability, in sort order, with pagination', async () => {
    const category = `cat-${Date.now().toString(36)}`;
    const second = await aProduct(app, [{ priceCents: 2000, stock: 0 }], { category, sortOrder: 2 });
    const first = await aProduct(app, [{ priceCents: 1000, stock: 3 }, { priceCents: 900, stock: 1 }], { category, sortOrder: 1 });
    await aProduct(app, [{ priceCents: 1000, stock: 3 }], { category }, { publish: false });

    const all = await get(`/products?filters[category][$eq]=${category}`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((p: any) => p.slug)).toEqual([first.slug, second.slug]);
    expect(all.body.data[0]).toMatchObject({ priceFromCents: 900, inStock: true });
    expect(all.body.meta.pagination).toMatchObject({ page: 1, total: 2 });
    const inStock = await get(`/products?filters[category][$eq]=${category}&filters[inStock][$eq]=true`);
    expect(inStock.body.data.map((p: any) => p.slug)).toEqual([first.slug]);
    const soldOut = await get(`/products?filters[category][$eq]=${category}&filters[inStock][$eq]=false`);
    expect(soldOut.body.data.map((p: any) => p.slug)).toEqual([second.slug]);
    expect(all.headers['cache-control']).toMatch(/^public/);
    expect((await get('/products?filters[price][$eq]=1')).status).toBe(400);
  });
});

describe('the catalog in the content manager', () => {
  const PRODUCTS = '/content-manager/collection-types/plugin::mymitt-store.product';
  const VARIANTS = '/content-manager/collection-types/plugin::mymitt-store.variant';

  it('the Store manager creates, publishes and stocks a product; the web team cannot set stock; Finance cannot edit the catalog', async () => {
    const manager = await signInAdmin(app, 'Store manager');
    const slug = `yard-sign-${Date.now().toString(36)}`;
    const created = await app.http().post(`${PRODUCTS}?locale=en`).set(bearer(manager.token)).send({ name: 'Yard sign', slug, category: 'signs' });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect((await app.http().post(`${PRODUCTS}/${documentId}/actions/publish?locale=en`).set(bearer(manager.token)).send({})).status).toBe(200);
    const variant = await app.http().post(VARIANTS).set(bearer(manager.token)).send({ sku: `SIGN-${Date.now()}`, priceCents: 1500, stock: 40, product: documentId });
    expect(variant.status).toBe(201);
    const page = await app.http().get(`${STORE}/products/${slug}`);
    expect(page.body.data).toMatchObject({ name: 'Yard sign', priceFromCents: 1500, inStock: true });

    const webTeam = await signInAdmin(app, 'Web team');
    expect((await app.http().put(`${VARIANTS}/${variant.body.data.documentId}`).set(bearer(webTeam.token)).send({ stock: 999 })).status).toBe(403);
    const finance = await signInAdmin(app, 'Finance');
    expect((await app.http().post(`${PRODUCTS}?locale=en`).set(bearer(finance.token)).send({ name: 'X', slug: 'x', category: 'signs' })).status).toBe(403);
  });
});
