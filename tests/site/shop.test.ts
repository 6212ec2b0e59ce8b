/**
 * The shop on the supporter site, without a browser: the catalog with its filters, a product page with its
 * variant picker in English and Spanish, 404 for an unknown product, the cart's checkout form asking the
 * donor data and affirmations of the donate form, the order page never cached, the sandbox page sending a
 * store order back to it, and the Action Center's product embed as a live product card.
 */
import { useStrapi } from '../helpers/strapi';
import { signInAdmin } from '../helpers/admins';
import { contentManager } from '../helpers/content-manager';
import { aCheckout, aProduct, checkout } from '../mymitt-store/api/helpers';

process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STRIPE_API_BASE = '';
process.env.SITE_URL = '';
process.env.STORE_CHECKOUT_RATE_LIMIT = 'false';

const app = useStrapi();
const html = (url: string) => app.http().get(url).set('Accept', 'text/html');

describe('the shop pages of the supporter site', () => {
  let shirt: Awaited<ReturnType<typeof aProduct>>;
  let hat: Awaited<ReturnType<typeof aProduct>>;

  beforeAll(async () => {
    shirt = await aProduct(
      app,
      [
        { size: 'M', color: 'Navy', priceCents: 3000, stock: 12 },
        { size: 'L', color: 'Navy', priceCents: 3200, stock: 2 },
        { size: 'XL', color: 'Navy', priceCents: 3200, stock: 0 },
      ],
      { limitedEdition: true, perPersonMax: 2 },
      { es: { name: 'Camiseta de campaña', description: 'Algodón suave.' } }
    );
    hat = await aProduct(app, [{ priceCents: 2000, stock: 0 }], { name: 'Campaign hat', category: 'hats' });
  });

  it('/shop lists published products with prices and availability; category and in-stock filters', async () => {
    const all = await html('/shop');
    expect(all.status).toBe(200);
    expect(all.text).toContain(`href="/shop/${shirt.slug}"`);
    expect(all.text).toContain(`href="/shop/${hat.slug}"`);
    expect(all.text).toContain('from $30');
    expect(all.text).toContain('Sold out');
    expect(all.text).toMatch(/<option value="hats">hats<\/option>/);

    const hats = await html('/shop?category=hats');
    expect(hats.text).toContain(`href="/shop/${hat.slug}"`);
    expect(hats.text).not.toContain(`href="/shop/${shirt.slug}"`);
    expect(hats.text).toMatch(/<option value="hats" selected>/);

    const stocked = await html('/shop?inStock=true');
    expect(stocked.text).toContain(`href="/shop/${shirt.slug}"`);
    expect(stocked.text).not.toContain(`href="/shop/${hat.slug}"`);
  });

  it('a product page offers its variants with prices, sold-out ones disabled, and the limited edition rule', async () => {
    const res = await html(`/shop/${shirt.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeTruthy();
    expect(res.text).toContain(`<h1>${shirt.name}</h1>`);
    expect(res.text).toContain(`value="${shirt.variants[0].sku}" data-price="3000" data-label="M, Navy" checked`);
    expect(res.text).toContain(`value="${shirt.variants[2].sku}" data-price="3200" data-label="XL, Navy" disabled`);
    expect(res.text).toContain('Only a few left');
    expect(res.text).toContain('Limited edition: at most 2 per person.');
    expect(res.text).toContain('max="2"');
    expect(res.text).toContain('"enhance":["shop-product"]');
    // No stock count leaves the server.
    expect(res.text).not.toMatch(/stock"?\s*[:=]\s*"?\d/i);

    const es = await html(`/es/shop/${shirt.slug}`);
    expect(es.text).toContain('<h1>Camiseta de campaña</h1>');
    expect(es.text).toContain('Añadir al carrito');
    expect(es.text).toContain('Edición limitada: como máximo 2 por persona.');
  });

  it('an unknown or unpublished product is a 404 page', async () => {
    expect((await html('/shop/no-such-shirt')).status).toBe(404);
    const draft = await aProduct(app, [{ priceCents: 1000, stock: 3 }], {}, { publish: false });
    expect((await html(`/shop/${draft.slug}`)).status).toBe(404);
  });

  it('the cart page asks where to ship and the donate form’s donor data and affirmations', async () => {
    const res = await html('/shop/cart');
    expect(res.status).toBe(200);
    for (const name of ['shipping.name', 'shipping.street', 'shipping.city', 'shipping.state', 'shipping.zip', 'firstName', 'email', 'occupation', 'employer', 'country']) {
      expect(res.text).toContain(`name="${name}"`);
    }
    const donate = await html('/donate');
    const boxes = (body: string) => [...body.matchAll(/name="(affirmations\.[a-zA-Z0-9]+)"/g)].map((m) => m[1]);
    expect(boxes(res.text)).toEqual(boxes(donate.text));
    expect(boxes(res.text)).toHaveLength(5);
    expect(res.text).toContain('name="affirmationsVersion"');
    expect(res.text).toContain('"shippingFlatCents":500');
    expect((await html('/es/shop/cart')).text).toContain('Su carrito');
  });

  it('the order page is private; the sandbox checkout of an order comes back to it', async () => {
    const order = await html('/shop/orders/abcdefghij0123456789abcd');
    expect(order.status).toBe(200);
    expect(order.headers['cache-control']).toBe('private, no-store');

    const started = await checkout(app, aCheckout([{ sku: shirt.variants[0].sku, qty: 1 }]));
    expect(started.status).toBe(201);
    const sessionId = new URL(started.body.data.checkoutUrl).pathname.split('/').pop();
    const sandbox = await html(`/donate/sandbox/${sessionId}?contribution=${started.body.data.contributionDocumentId}&order=${started.body.data.documentId}`);
    expect(sandbox.status).toBe(200);
    expect(sandbox.text).toContain('$35');
    expect(sandbox.text).toContain(`"thanks":"/shop/orders/${started.body.data.documentId}"`);
    expect(sandbox.text).toContain('"back":"/shop/cart"');
  });

  it('an Action Center product embed is a live product card; a product that is gone says so', async () => {
    const cm = contentManager(app, (await signInAdmin(app, 'Web team')).token);
    const blocks = [
      { __component: 'blocks.embed', kind: 'product', recordId: shirt.slug, caption: 'Wear it proudly' },
      { __component: 'blocks.embed', kind: 'product', recordId: 'gone-shirt' },
    ];
    await cm.publishedPage('gear', { title: 'Gear', blocks }, { title: 'Artículos', blocks });
    const res = await html('/pages/gear');
    expect(res.status).toBe(200);
    expect(res.text).toContain(`<a href="/shop/${shirt.slug}">${shirt.name}</a>`);
    expect(res.text).toContain('from $30');
    expect(res.text).toContain('Wear it proudly');
    expect(res.text).toContain('This item is not available right now.');
    expect((await html('/es/pages/gear')).text).toContain(`<a href="/es/shop/${shirt.slug}">Camiseta de campaña</a>`);
  });
});
