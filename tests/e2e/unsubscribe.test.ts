/**
 * The unsubscribe page in a real browser (strict CSP, the page's own script): a link that is not ours is
 * refused on the page and changes nothing; the link of a notice unsubscribes its address with one button, in
 * English and in Spanish; without a token the page says where the working link is. axe passes.
 * Screenshots: .tmp/e2e/unsubscribe-*.png.
 */
import { isSuppressed, unsubscribeToken } from '@mymitt/plugin-kit';
import { messagesFor } from '../../src/site/messages';
import { expectNoSeriousA11yViolations, shot, useSite } from './helpers/browser';

const site = useSite();

describe('the unsubscribe page', () => {
  it.each(['en', 'es'] as const)('unsubscribes the address of the link with one button (%s), and refuses a forged link', async (locale) => {
    const t = messagesFor(locale);
    const prefix = locale === 'es' ? '/es' : '';
    const email = `reader-${locale}@example.org`;
    const token = unsubscribeToken(site.strapi, email);
    const page = await site.newPage();

    // Another address with this link's signature: refused on the page, nobody unsubscribed.
    const forged = `${Buffer.from(`victim-${locale}@example.org`).toString('base64url')}.${token.split('.')[1]}`;
    await page.goto(`${prefix}/unsubscribe?token=${forged}`);
    await page.getByRole('button', { name: t.unsubscribeButton }).click();
    await page.locator('[data-error-summary]', { hasText: t.unsubscribeInvalid }).waitFor();
    await shot(page, `invalid-${locale}`);
    expect(await isSuppressed(site.strapi, `victim-${locale}@example.org`)).toBe(false);

    const response = await page.goto(`${prefix}/unsubscribe?token=${token}`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['cache-control']).toBe('private, no-store');
    await page.getByText(t.unsubscribeLead).waitFor();
    await expectNoSeriousA11yViolations(page);
    await shot(page, `link-${locale}`);
    expect(await isSuppressed(site.strapi, email)).toBe(false);

    await page.getByRole('button', { name: t.unsubscribeButton }).click();
    await page.getByRole('status').filter({ hasText: t.unsubscribeDone }).waitFor();
    await shot(page, `done-${locale}`);
    expect(await isSuppressed(site.strapi, email)).toBe(true);
    expect(await page.getByRole('button', { name: t.unsubscribeButton }).isVisible()).toBe(false);
  });

  it('without a token, says where the working link is', async () => {
    const page = await site.newPage({ mobile: true });
    await page.goto('/unsubscribe');
    await page.getByText(messagesFor('en').unsubscribeMissing).waitFor();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'missing-mobile');
  });
});
