/**
 * The Action Center in a real browser: the bilingual home page (the demo seed's), a page with every
 * block kind, the language switch, reading without JavaScript, a 375 px phone, and axe on each.
 */
import path from 'path';
import { expectNoSeriousA11yViolations, shot, useSite } from './helpers/browser';
import { signInAdmin } from '../helpers/admins';
import { callToAction, contentManager, heroBlock, richText } from '../helpers/content-manager';
import { ROOT } from '../helpers/database';
import { aProduct } from '../mymitt-store/api/helpers';

const site = useSite();

beforeAll(async () => {
  const { seedDemoPages } = require(path.join(ROOT, 'dist/src/seed/demo-pages'));
  await seedDemoPages(site.strapi);
  await aProduct(site as any, [{ priceCents: 2200, stock: 40 }], { name: 'Campaign cap', slug: 'campaign-cap' });
  const cm = contentManager(site as any, (await signInAdmin(site as any, 'Web team')).token);
  const created = await cm.createPage({
    slug: 'get-involved',
    title: 'Get involved',
    seo: { metaTitle: 'Get involved', metaDescription: 'Every way to help.' },
    blocks: [
      heroBlock('Three ways to help this week'),
      richText('Pick what fits your week.'),
      callToAction('Make calls', 'make-calls'),
      { __component: 'blocks.embed', kind: 'product', recordId: 'campaign-cap', caption: 'Official cap' },
    ],
  });
  expect((await cm.publishPage(created.body.data.documentId)).status).toBe(200);
});

test('the home page reads in English with the disclaimer, and passes axe', async () => {
  const page = await site.newPage();
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'This campaign runs on people like you' }).waitFor();
  await page.getByText('Paid for by MyMitt for America.').waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await shot(page, 'home-en');
  await expectNoSeriousA11yViolations(page);
});

test('a Spanish-speaking browser lands on the Spanish home page; the switch goes to English and stays there', async () => {
  const page = await site.newPage({ locale: 'es-MX' });
  await page.goto('/');
  await page.waitForURL(/\/es\/$/);
  await page.getByRole('heading', { level: 1, name: 'Esta campaña funciona gracias a personas como tú' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.getByRole('link', { name: 'Crea una recaudación' }).first().waitFor();
  await shot(page, 'home-es');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Read in English' }).click();
  await page.getByRole('heading', { level: 1, name: 'This campaign runs on people like you' }).waitFor();
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/');
  await page.getByRole('heading', { level: 1, name: 'This campaign runs on people like you' }).waitFor();
});

test('an Action Center page renders its blocks, reads without JavaScript, and works on a 375 px phone', async () => {
  const page = await site.newPage({ mobile: true });
  await page.goto('/pages/get-involved');
  await page.getByRole('heading', { level: 1, name: 'Three ways to help this week' }).waitFor();
  await page.getByText('Pick what fits your week.').waitFor();
  // The product embed is the shop's live card for the published product, linking to its page.
  await page.getByRole('heading', { name: 'Campaign cap' }).waitFor();
  expect(await page.locator('.card--product a[href="/shop/campaign-cap"]').count()).toBeGreaterThan(0);
  expect(await page.getByRole('link', { name: 'Make calls' }).getAttribute('href')).toBe('/calls');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'page-mobile');
  await expectNoSeriousA11yViolations(page);

  const noScript = await site.newPage({ javaScriptEnabled: false });
  await noScript.goto('/pages/get-involved');
  await noScript.getByRole('heading', { level: 1, name: 'Three ways to help this week' }).waitFor();
  await noScript.getByText('Paid for by MyMitt for America.').waitFor();
});
