/**
 * Giving on the supporter site, in a real browser, through the sandbox gateway (no Stripe key): a guest
 * donates to a fundraising page and lands on the thanks page, which turns to confirmed; the page's
 * thermometer shows the gift; a monthly donor stops the gift from the receipt's link; a gift over the
 * federal limit is refused beside the amount with what the donor may still give; axe passes on /donate
 * and a fundraising page, on a desktop and a 375 px phone. Screenshots of each step: .tmp/e2e/giving-*.png.
 */
import type { Page } from 'playwright-core';
import { bearer } from '../helpers/admins';
import { aDonationBody } from '../helpers/donation-bodies';
import { signUpSupporter } from '../helpers/supporters';
import { eventually } from '../helpers/eventually';
import { expectNoSeriousA11yViolations, shot, useSite } from './helpers/browser';

// The sandbox gateway stands in for Stripe Checkout when no key is configured (outside production).
process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STRIPE_API_BASE = '';
process.env.SITE_URL = '';
process.env.DONATE_RATE_LIMIT = 'false';

const site = useSite();
const API = '/api/mymitt-fundraising';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';

interface Donor {
  firstName: string;
  lastName: string;
  email: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  occupation: string;
  employer: string;
}

const aDonor = (firstName: string, lastName: string): Donor => ({
  firstName,
  lastName,
  email: `${firstName}.${lastName}@donors.example.org`.toLowerCase(),
  street: '12 Elm Street',
  city: 'Concord',
  state: 'NH',
  zip: '03301',
  occupation: 'Nurse',
  employer: 'Concord Hospital',
});

/** Fills the donate form as a donor types it: amount (a preset's label or another amount), details, the five boxes. */
async function fillDonateForm(page: Page, donor: Donor, amount: { preset: string } | { other: string }, options: { monthly?: boolean } = {}) {
  if ('preset' in amount) await page.getByLabel(amount.preset, { exact: true }).check();
  else await page.getByLabel('Other amount (US dollars)').fill(amount.other);
  if (options.monthly) await page.getByLabel('Make it a monthly gift').check();
  await page.getByLabel('First name', { exact: true }).fill(donor.firstName);
  await page.getByLabel('Last name', { exact: true }).fill(donor.lastName);
  await page.getByLabel('Email', { exact: true }).fill(donor.email);
  await page.getByLabel('Street address', { exact: true }).fill(donor.street);
  await page.getByLabel('City', { exact: true }).fill(donor.city);
  await page.getByLabel('State', { exact: true }).fill(donor.state);
  await page.getByLabel('ZIP or postal code', { exact: true }).fill(donor.zip);
  await page.getByLabel('Occupation', { exact: true }).fill(donor.occupation);
  await page.getByLabel('Employer', { exact: true }).fill(donor.employer);
  for (const box of await page.locator('.affirmations input[type="checkbox"]').all()) await box.check();
}

/** The donor pays on the site's test checkout page and is sent to the thanks page, which says confirmed. */
async function payOnSandbox(page: Page, shotName: string) {
  await page.waitForURL(/\/donate\/sandbox\/cs_sandbox_[a-f0-9]{32}\?contribution=/);
  await page.getByRole('button', { name: 'Pay (test)' }).waitFor();
  await shot(page, shotName);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Pay (test)' }).click();
  await page.waitForURL(/\/donate\/thanks\?contribution=/);
  await page.locator('[data-thanks-status]', { hasText: 'Confirmed' }).waitFor();
  return new URL(page.url()).searchParams.get('contribution')!;
}

const contribution = (documentId: string) => site.strapi.db.query(CONTRIBUTIONS).findOne({ where: { documentId } });

describe('giving in the browser', () => {
  let slug: string;

  beforeAll(async () => {
    const owner = await signUpSupporter(site, { firstName: 'Olivia', lastName: 'Owens' });
    const created = await site
      .http()
      .post(`${API}/pages`)
      .set(bearer(owner.jwt))
      .send({ data: { title: 'Olivia walks for Mitt', goalCents: 60000, story: 'Every mile is **a dollar**. Walk with me.' } });
    expect(created.status).toBe(201);
    slug = created.body.data.slug;
  });

  it('a guest gives to a fundraising page through the sandbox; the thanks page confirms it and the thermometer shows it', async () => {
    const page = await site.newPage();
    await page.goto(`/fundraise/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Olivia walks for Mitt' }).waitFor();
    await page.getByText('$0 raised of $600 (0% of the goal)').waitFor();
    await shot(page, '01-fundraising-page');

    await page.getByRole('link', { name: 'Donate to this fundraiser' }).click();
    await page.waitForURL(`**/donate?page=${slug}`);
    await page.getByText('A fundraiser by Olivia').waitFor();
    // Monthly is offered, never preselected (FEC-12).
    expect(await page.getByLabel('Make it a monthly gift').isChecked()).toBe(false);
    await fillDonateForm(page, aDonor('Gina', 'Giver'), { preset: '$25' });
    await shot(page, '02-donate-form-filled');
    await page.getByRole('button', { name: 'Continue to payment' }).click();

    const documentId = await payOnSandbox(page, '03-sandbox-checkout');
    expect(await page.locator('[data-thanks-text]').textContent()).toBe('Your gift of $25 is confirmed. A receipt is on its way to your email.');
    await shot(page, '04-thanks-confirmed');
    await expectNoSeriousA11yViolations(page);
    const status = await site.http().get(`${API}/donations/${documentId}/status`);
    expect(status.body.data).toMatchObject({ status: 'succeeded', amountCents: 2500, recurring: false, page: { slug } });

    // Back to the page: the site's cached HTML was dropped by the gift; the thermometer and honor roll show it.
    await page.getByRole('link', { name: 'Back to Olivia walks for Mitt' }).click();
    await page.waitForURL(`**/fundraise/${slug}`);
    await page.getByText('$25 raised of $600 (4% of the goal)').waitFor();
    await page.locator('.honor-roll', { hasText: 'Gina G.' }).waitFor();
    await shot(page, '05-fundraising-page-after-gift');
  });

  it('the thanks page shows a gift pending, then turns to confirmed when the payment lands, without a reload', async () => {
    const started = await site.http().post(`${API}/donations`).send({ data: aDonationBody({ amountCents: 3100, pageSlug: slug }) });
    expect(started.status).toBe(201);
    const { documentId, checkoutUrl } = started.body.data;

    const page = await site.newPage();
    await page.goto(`/donate/thanks?contribution=${documentId}`);
    await page.locator('[data-thanks-status]', { hasText: 'Pending' }).waitFor();
    expect(await page.locator('[data-thanks-text]').textContent()).toBe('We are confirming your gift of $31. This takes a few seconds.');
    expect(await page.locator('[data-thanks-region]').getAttribute('aria-live')).toBe('polite');
    await shot(page, '06-thanks-pending');

    // The payment lands (the sandbox delivers Stripe's signed event to the webhook); the page polls.
    const paid = await site.http().post(`${new URL(checkoutUrl).pathname}/complete`).set('Accept', 'application/json');
    expect(paid.body.data.status).toBe('succeeded');
    await page.locator('[data-thanks-status]', { hasText: 'Confirmed' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-thanks-text]').textContent()).toBe('Your gift of $31 is confirmed. A receipt is on its way to your email.');
    await shot(page, '07-thanks-turned-confirmed');
  });

  it('a monthly donor stops the gift from the link in the receipt', async () => {
    const page = await site.newPage();
    await page.goto('/donate');
    await fillDonateForm(page, aDonor('Marta', 'Monthly'), { other: '15' }, { monthly: true });
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    const documentId = await payOnSandbox(page, '08-sandbox-checkout-monthly');
    expect(await page.locator('[data-thanks-text]').textContent()).toContain('Your monthly gift of $15 is confirmed.');
    const gift = await contribution(documentId);
    expect(gift).toMatchObject({ recurring: true, recurringCancelledAt: null });

    // The link as the receipt builds it (payments.cancelLink).
    const link = site.strapi.plugin('mymitt-fundraising').service('payments').cancelLink({ documentId }, site.baseURL);
    const wrong = new URL(link);
    wrong.searchParams.set('token', `${wrong.searchParams.get('token')!.slice(0, -4)}AAAA`);
    await page.goto(wrong.toString());
    await page.getByRole('button', { name: 'Stop my monthly gift' }).click();
    await page.locator('[data-error-summary]', { hasText: 'This cancel link is not valid.' }).waitFor();
    await shot(page, '09-cancel-link-invalid');
    expect((await contribution(documentId)).recurringCancelledAt).toBeNull();

    const response = await page.goto(link);
    expect(response!.headers()['cache-control']).toBe('private, no-store');
    await page.getByText('Your monthly gift of $15 is charged every month.').waitFor();
    await shot(page, '10-cancel-link');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Stop my monthly gift' }).click();
    await page.getByRole('status').filter({ hasText: 'Your monthly gift is stopped. No further installments will be charged.' }).waitFor();
    await shot(page, '11-cancel-done');
    const cancelled = await eventually(async () => Boolean((await contribution(documentId)).recurringCancelledAt), true);
    expect(cancelled).toBe(true);

    // The link again: already stopped is an outcome, not an error.
    await page.goto(link);
    await page.getByRole('button', { name: 'Stop my monthly gift' }).click();
    await page.getByRole('status').filter({ hasText: 'This monthly gift was already stopped.' }).waitFor();
  });

  it('a gift over the federal limit is refused beside the amount, with what the donor may still give', async () => {
    const donor = aDonor('Lena', 'Limitson');
    // $3,480 already given (a checkout still open holds the donor's room too) toward the same election.
    const first = await site.http().post(`${API}/donations`).send({ data: aDonationBody({ ...donor, amountCents: 348000 }) });
    expect(first.status).toBe(201);

    const page = await site.newPage();
    await page.goto('/donate');
    await fillDonateForm(page, donor, { other: '40' });
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    const beside = page.locator('[data-error-for="amountCents"]');
    await beside.filter({ hasText: 'You may give $20 more for this election; the federal limit is $3,500 per election.' }).waitFor();
    // Beside the amount (inside its fieldset), in the summary too, and the page did not leave for checkout.
    expect(await page.locator('#field-amountCents [data-error-for="amountCents"]').count()).toBe(1);
    await page.locator('[data-error-summary]', { hasText: 'You may give $20 more' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/donate');
    await shot(page, '12-over-limit');

    // $20 fits; the donor declines on the checkout page and is back on the form, told nothing was charged.
    await page.getByLabel('Other amount (US dollars)').fill('20');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/donate\/sandbox\//);
    await page.getByText('Gift: $20').waitFor();
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.waitForURL(/\/donate\?cancelled=/);
    await page.getByText('Your payment was not completed and nothing was charged.').waitFor();
    // The details typed are back; the amount too; the five boxes are to be ticked again.
    expect(await page.getByLabel('Last name', { exact: true }).inputValue()).toBe('Limitson');
    expect(await page.getByLabel('Occupation', { exact: true }).inputValue()).toBe('Nurse');
    expect(await page.getByLabel('Other amount (US dollars)').inputValue()).toBe('20');
    expect(await page.locator('.affirmations input:checked').count()).toBe(0);
    await shot(page, '12b-declined-back-to-form');
    const declined = new URL(page.url()).searchParams.get('cancelled')!;
    expect((await site.http().get(`${API}/donations/${declined}/status`)).body.data).toMatchObject({ status: 'failed', amountCents: 2000 });
  });

  it('axe finds no serious violation on /donate and a fundraising page, on a desktop and a 375 px phone', async () => {
    for (const mobile of [false, true]) {
      const page = await site.newPage({ mobile });
      const size = mobile ? 'mobile' : 'desktop';
      for (const [name, path] of [
        ['donate', `/donate?page=${slug}`],
        ['donate-es', '/es/donate'],
        ['fundraising-page', `/fundraise/${slug}`],
      ]) {
        await page.goto(path);
        await page.locator('main h1').waitFor();
        await expectNoSeriousA11yViolations(page);
        if (mobile) {
          // Usable at 375 px: nothing wider than the screen.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        }
        await shot(page, `13-${name}-${size}`);
      }
    }
  });
});
