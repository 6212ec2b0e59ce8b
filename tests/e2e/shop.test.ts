/**
 * The shop on the supporter site, in a real browser, through the sandbox gateway (no Stripe key): a guest
 * picks a variant, adds it to the cart, checks out with the shipping address and the donor's details and
 * affirmations, pays on the test checkout and lands on the order page, which turns to paid. axe passes on
 * the shop's pages at 1280 px and on a 390 px phone, nothing wider than the phone. Screenshots:
 * .tmp/e2e/shop-*.png.
 */
import type { Page } from 'playwright-core';
import { eventually } from '../helpers/eventually';
import { aProduct, ORDER, stockOf } from '../mymitt-store/api/helpers';
import { expectNoSeriousA11yViolations, shot, useSite } from './helpers/browser';

process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STRIPE_API_BASE = '';
process.env.SITE_URL = '';
process.env.STORE_CHECKOUT_RATE_LIMIT = 'false';

const site = useSite();
const PHONE = { width: 390, height: 844 };

async function fillCheckout(page: Page) {
  await page.getByLabel('Full name').fill('Gina Giver');
  await page.locator('[name="shipping.street"]').fill('12 Elm Street');
  await page.locator('[name="shipping.city"]').fill('Concord');
  await page.locator('[name="shipping.state"]').fill('NH');
  await page.locator('[name="shipping.zip"]').fill('03301');
  await page.getByLabel('First name', { exact: true }).fill('Gina');
  await page.getByLabel('Last name', { exact: true }).fill('Giver');
  await page.getByLabel('Email', { exact: true }).fill('gina.giver@donors.example.org');
  await page.locator('[name="street"]').fill('12 Elm Street');
  await page.locator('[name="city"]').fill('Concord');
  await page.locator('[name="state"]').fill('NH');
  await page.locator('[name="zip"]').fill('03301');
  await page.getByLabel('Occupation', { exact: true }).fill('Nurse');
  await page.getByLabel('Employer', { exact: true }).fill('Concord Hospital');
  for (const box of await page.locator('.affirmations input[type="checkbox"]').all()) await box.check();
}

describe('the shop in the browser', () => {
  let shirt: Awaited<ReturnType<typeof aProduct>>;

  beforeAll(async () => {
    shirt = await aProduct(site as any, [
      { size: 'M', color: 'Navy', priceCents: 3000, stock: 12 },
      { size: 'L', color: 'Navy', priceCents: 3200, stock: 4 },
      { size: 'XL', color: 'Navy', priceCents: 3200, stock: 0 },
    ]);
    await aProduct(site as any, [{ priceCents: 2000, stock: 9 }], { name: 'Campaign hat', category: 'hats' });
  });

  it('a guest picks a variant, checks out through the sandbox and sees the paid order', async () => {
    const page = await site.newPage();
    await page.goto('/shop');
    await page.getByRole('heading', { level: 1, name: 'Shop official gear' }).waitFor();
    await shot(page, '01-catalog-1280');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: shirt.name }).click();
    await page.getByRole('heading', { level: 1, name: shirt.name }).waitFor();
    expect(await page.getByLabel(/XL, Navy/).isDisabled()).toBe(true);
    await page.locator('label.variant-option', { hasText: 'L, Navy' }).filter({ hasNotText: 'XL' }).locator('input').check();
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText('Added to your cart.').waitFor();
    await shot(page, '02-product-added-1280');
    await expectNoSeriousA11yViolations(page);

    await page.locator('[data-cart-status]').getByRole('link', { name: 'View cart' }).click();
    await page.waitForURL('**/shop/cart');
    await page.locator('.cart-table').waitFor();
    // 2 × $32 + $5 shipping.
    expect(await page.locator('.cart-table tfoot').textContent()).toContain('$69');
    await fillCheckout(page);
    await shot(page, '03-cart-checkout-filled-1280');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Go to payment' }).click();

    await page.waitForURL(/\/donate\/sandbox\/cs_sandbox_[a-f0-9]{32}\?contribution=.*&order=/);
    await page.getByText('$69').first().waitFor();
    await page.getByRole('button', { name: 'Pay (test)' }).click();
    await page.waitForURL(/\/shop\/orders\/[a-z0-9]+$/);
    await page.locator('[data-order-status="paid"]').waitFor();
    await shot(page, '04-order-paid-1280');
    await expectNoSeriousA11yViolations(page);

    const documentId = page.url().split('/').pop()!;
    expect(await page.locator('[data-order-view]').textContent()).toContain(`${shirt.name} (L, Navy) × 2`);
    expect(await eventually(async () => (await site.strapi.db.query(ORDER).findOne({ where: { documentId } }))?.status, 'paid')).toBe('paid');
    const order = await site.strapi.db.query(ORDER).findOne({ where: { documentId } });
    expect(order).toMatchObject({ status: 'paid', totalCents: 6900, email: 'gina.giver@donors.example.org' });
    expect(await stockOf(site as any, shirt.variants[1].sku)).toBe(2);
    // The order link (guest token) works in another browser.
    const link = await page.locator('[data-order-view] a').getAttribute('href');
    const other = await site.newPage({ context: { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
    await other.goto(link!);
    await other.locator('[data-order-status="paid"]').waitFor();
    expect(await other.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(other, '05-order-link-390');
  });

  it('the shop pages fit a 390 px phone and pass axe', async () => {
    const page = await site.newPage({ context: { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
    for (const [name, path] of [
      ['catalog', '/shop'],
      ['product', `/shop/${shirt.slug}`],
      ['catalog-es', '/es/shop'],
    ]) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      await expectNoSeriousA11yViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await shot(page, `06-${name}-390`);
    }
    await page.goto(`/shop/${shirt.slug}`);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.goto('/shop/cart');
    await page.locator('.cart-table').waitFor();
    await expectNoSeriousA11yViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, '07-cart-390');
  });
});
