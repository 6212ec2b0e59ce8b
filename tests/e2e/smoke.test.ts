/**
 * The supporter site answers in a real browser: the home page loads without a server error or a
 * browser error, and is screenshot to .tmp/e2e/smoke-home.png. (A first smoke test: the site's own
 * browser tests go further.)
 */
import { shot, useSite } from './helpers/browser';

const site = useSite();

test('the home page answers without a server error', async () => {
  const page = await site.newPage();
  const response = await page.goto('/');
  expect(response).not.toBeNull();
  expect(response!.status()).toBeLessThan(500);
  await shot(page, 'home');
});
