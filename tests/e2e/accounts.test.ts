/**
 * Accounts in a real browser: a visitor arriving by a recruiter's link signs up (the recruiter is
 * credited), lands on the dashboard, starts a fundraising page and sees it there with its
 * thermometer; a monthly gift is stopped from the dashboard; the page is edited and gets an update;
 * the page joins a team; the supporter chooses Spanish for the campaign's emails (saved, kept after a
 * reload); the supporter logs out and back in. axe runs on /signup and on the dashboard with data, at desktop
 * width and at 375 px. Screenshots of each step: .tmp/e2e/accounts-*.png.
 */
import type { Page } from 'playwright-core';
import { eventually } from '../helpers/eventually';
import { bearer, signInAdmin } from '../helpers/admins';
import { aDonationBody } from '../helpers/donation-bodies';
import { signUpSupporter, aSupporter, type SignedInSupporter } from '../helpers/supporters';
import { messagesFor } from '../../src/site/messages';
import { expectNoSeriousA11yViolations, shot, useSite } from './helpers/browser';

process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STRIPE_API_BASE = '';
process.env.DONATE_RATE_LIMIT = 'false';

const site = useSite();
const t = messagesFor('en');
const API = '/api/mymitt-fundraising';
/** The plugin's admin routes (staff moderation and settings). */
const ADMIN = '/mymitt-fundraising';
const SESSION_KEY = 'mymitt.session';

const fill = async (page: Page, label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
const errorOf = (page: Page, field: string) => page.locator(`[data-error-for="${field}"]`);
const region = (page: Page, name: string) => page.locator(`[data-region="${name}"]`);

/** The dashboard has drawn all three parts from the API (no loading text left). */
async function dashboardLoaded(page: Page) {
  await page.waitForURL((url) => url.pathname === '/account');
  await region(page, 'level').getByText(/^Level \d+ of 10$/).waitFor();
  await region(page, 'gifts').locator('ul, p:not([role="status"])').first().waitFor();
  await region(page, 'pages').locator('ul, p:not([role="status"])').first().waitFor();
  await region(page, 'invite').locator('input').waitFor();
}

async function jwtIn(page: Page): Promise<string> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
  return JSON.parse(raw ?? '{}').jwt;
}

let recruiter: SignedInSupporter;
let recruiterSlug: string;

beforeAll(async () => {
  recruiter = await signUpSupporter(site, { firstName: 'Rosa', lastName: 'Recruiter' });
  const me = await site.http().get('/api/mymitt-profiles/profiles/me').set(bearer(recruiter.jwt));
  recruiterSlug = me.body.data.slug;
  expect(recruiterSlug).toMatch(/^rosa-r/);
});

test('a visitor from a recruiter link signs up, starts a page, stops a monthly gift, edits the page, logs out and in again', async () => {
  const visitor = aSupporter({ firstName: 'Nina', lastName: 'Newcomer', zip: '03301' });
  const page = await site.newPage();

  // 1. The recruiter's link: the sign-up form keeps the ref.
  expect((await page.goto(`/signup?ref=${recruiterSlug}`))!.status()).toBe(200);
  await expect(page.locator('input[name="ref"]').inputValue()).resolves.toBe(recruiterSlug);
  await page.getByText(t.signupInvited).waitFor();
  await shot(page, '01-signup');
  await expectNoSeriousA11yViolations(page);

  // 2. A short password and a bad ZIP are shown beside their fields, in the summary, before any request.
  await fill(page, t.fieldFirstName, visitor.firstName);
  await fill(page, t.fieldLastName, visitor.lastName);
  await fill(page, t.fieldEmail, visitor.email);
  await fill(page, t.fieldPassword, 'short');
  await fill(page, t.fieldZip, '123');
  await page.getByRole('button', { name: t.signupSubmit }).click();
  await errorOf(page, 'password').getByText('Your password needs at least 10 characters.').waitFor();
  await errorOf(page, 'zip').getByText(t.errorZip).waitFor();
  await page.locator('[data-error-summary] h2').getByText(t.formProblem).waitFor();
  await shot(page, '02-signup-errors');

  // 3. Signing up lands on the dashboard, signed in.
  await fill(page, t.fieldPassword, visitor.password);
  await fill(page, t.fieldZip, visitor.zip);
  await page.getByRole('button', { name: t.signupSubmit }).click();
  await dashboardLoaded(page);
  await page.getByText('Hello, Nina.').waitFor();
  await region(page, 'pages').getByText(t.pagesNone).waitFor();
  const inviteLink = await page.getByLabel(t.inviteLinkLabel).inputValue();
  await page.getByRole('button', { name: t.navLogOut }).waitFor();
  await shot(page, '03-dashboard-new');

  // The recruiter is credited: the new profile names them, and their standing counts one recruit.
  const user = await site.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: visitor.email } });
  const profile = await site.strapi.db.query('plugin::mymitt-profiles.profile').findOne({ where: { userId: user.id } });
  expect(profile.recruiterUserId).toBe(recruiter.user.id);
  // Her own sign-up link on the dashboard, to bring her friends in turn.
  expect(inviteLink).toBe(`${site.baseURL}/signup?ref=${profile.slug}`);
  const recruits = await eventually(async () => {
    const standing = await site.http().get('/api/mymitt-profiles/profiles/me/standing').set(bearer(recruiter.jwt));
    return standing.body.data.breakdown.find((line: { kind: string }) => line.kind === 'supporter.recruited')?.count ?? 0;
  }, 1);
  expect(recruits).toBe(1);

  // 3b. Email language: English, as she signed up on the English site; she picks Español and saves it.
  const emailLanguage = page.getByLabel(t.fieldEmailLanguage);
  const named = (key: 'emailLanguageCurrent' | 'emailLanguageSaved', locale: 'en' | 'es') => t[key].replace('{language}', t[`emailLanguageName.${locale}`]);
  await page.locator('form[data-form="email-language"]').waitFor({ state: 'visible' });
  await page.locator('[data-email-language-current]').getByText(named('emailLanguageCurrent', 'en')).waitFor();
  await expect(emailLanguage.inputValue()).resolves.toBe('en');
  await emailLanguage.selectOption({ label: t.emailLanguageOptionEs });
  await page.getByRole('button', { name: t.emailLanguageSubmit, exact: true }).click();
  await page.locator('[data-status="email-language"]').getByText(named('emailLanguageSaved', 'es')).waitFor();
  await page.locator('[data-email-language-current]').getByText(named('emailLanguageCurrent', 'es')).waitFor();
  await page.locator('form[data-form="email-language"]').scrollIntoViewIfNeeded();
  await shot(page, '03b-email-language-saved');
  await expectNoSeriousA11yViolations(page);
  const saved = await site.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id }, select: ['preferredLocale'] });
  expect(saved.preferredLocale).toBe('es');
  // Kept: a reload reads it back from the account.
  await page.reload();
  await dashboardLoaded(page);
  await page.locator('[data-email-language-current]').getByText(named('emailLanguageCurrent', 'es')).waitFor();
  await expect(emailLanguage.inputValue()).resolves.toBe('es');

  // 4. Start a fundraising page from the dashboard; an unreadable goal is refused beside its field.
  await region(page, 'pages').getByRole('link', { name: t.pagesStart }).click();
  await page.waitForURL((url) => url.pathname === '/fundraise/start');
  await page.locator('form[data-form="fundraise-start"]').waitFor({ state: 'visible' });
  await fill(page, t.fieldPageTitle, 'Nina for the Campaign');
  await fill(page, t.fieldGoal, '12 dollars');
  await fill(page, t.fieldStory, 'Why I am in: **jobs** at home.');
  await page.getByLabel(t.fieldState).selectOption('NH');
  await page.getByRole('button', { name: t.startSubmit }).click();
  await errorOf(page, 'goal').getByText(t.errorGoal).waitFor();
  await shot(page, '04-start-errors');
  await fill(page, t.fieldGoal, '1,500');
  await page.getByRole('button', { name: t.startSubmit }).click();

  // 5. The dashboard shows it, published, with its thermometer at $0 of $1,500.
  await dashboardLoaded(page);
  const card = region(page, 'pages').locator('article', { hasText: 'Nina for the Campaign' });
  await card.getByText(t['pageStatus.published']).waitFor();
  await card.getByText('$0 raised of $1,500 (0% of the goal)').waitFor();
  await expect(card.locator('progress').getAttribute('value')).resolves.toBe('0');
  const mine = await site.http().get(`${API}/pages/mine`).set(bearer(await jwtIn(page)));
  expect(mine.body.data).toHaveLength(1);
  expect(mine.body.data[0]).toMatchObject({ title: 'Nina for the Campaign', goalCents: 150_000, state: 'NH', story: 'Why I am in: **jobs** at home.' });
  const { documentId: pageId, slug } = mine.body.data[0];
  await shot(page, '05-dashboard-with-page');

  // 6. A monthly gift of hers on her own page (through the donate route and the sandbox checkout).
  const jwt = await jwtIn(page);
  const started = await site
    .http()
    .post(`${API}/donations`)
    .set(bearer(jwt))
    .send({ data: aDonationBody({ amountCents: 2500, recurring: true, pageSlug: slug, firstName: 'Nina', email: visitor.email }) });
  expect(started.status).toBe(201);
  const paid = await site.http().post(`${new URL(started.body.data.checkoutUrl).pathname}/complete`).set('Accept', 'application/json');
  expect(paid.body.data).toMatchObject({ status: 'succeeded' });
  await page.reload();
  await dashboardLoaded(page);
  const stop = region(page, 'gifts').getByRole('button', { name: 'Stop my monthly gift of $25' });
  await stop.waitFor();
  await region(page, 'gifts').getByText(t.giftMonthly, { exact: true }).waitFor();
  await card.getByText('$25 raised of $1,500 (1% of the goal)').waitFor();
  await region(page, 'level').locator('table').waitFor();
  await shot(page, '06-dashboard-with-gift');
  await expectNoSeriousA11yViolations(page);

  // 7. Stop it: confirm, then the result is said in the status region and the API records it.
  page.once('dialog', (dialog) => void dialog.accept());
  await stop.click();
  await page.locator('[data-status="gifts"]').getByText(t.stopMonthlyDone.replace('{amount}', '$25')).waitFor();
  await expect(stop.count()).resolves.toBe(0);
  const cancelledAt = await eventually(async () => {
    const gifts = await site.http().get(`${API}/donations/mine`).set(bearer(jwt));
    return Boolean(gifts.body.data.find((gift: { documentId: string }) => gift.documentId === started.body.data.documentId)?.recurringCancelledAt);
  }, true);
  expect(cancelledAt).toBe(true);
  await shot(page, '07-monthly-stopped');

  // 8. Edit the page and post an update.
  await card.getByRole('link', { name: `Edit “Nina for the Campaign”` }).click();
  await page.waitForURL((url) => url.pathname === '/fundraise/edit' && url.searchParams.get('page') === pageId);
  await page.locator('form[data-form="fundraise-edit"]').waitFor({ state: 'visible' });
  await expect(page.getByLabel(t.fieldGoal, { exact: true }).inputValue()).resolves.toBe('1500');
  await fill(page, t.fieldPageTitle, 'Nina for New Hampshire');
  await fill(page, t.fieldGoal, '2000');
  await page.getByRole('button', { name: t.editSubmit }).click();
  await page.locator('[data-status="edit"]').getByText(t.editSaved).waitFor();
  await fill(page, t.fieldUpdate, 'Halfway there, *thank you*!');
  await page.getByRole('button', { name: t.updateSubmit }).click();
  await page.locator('[data-status="update"]').getByText(t.updatePosted).waitFor();
  // Join a team by pasting its link (an unknown one is refused beside the field); leave it and join again.
  const team = await site.http().post(`${API}/teams`).set(bearer(recruiter.jwt)).send({ data: { name: 'Granite Neighbors' } });
  expect(team.status).toBe(201);
  await fill(page, t.fieldTeam, 'no-such-team');
  await page.getByRole('button', { name: t.teamSubmit }).click();
  await errorOf(page, 'teamSlug').getByText(t.errorTeamNotFound).waitFor();
  await fill(page, t.fieldTeam, `${site.baseURL}/teams/${team.body.data.slug}`);
  await page.getByRole('button', { name: t.teamSubmit }).click();
  await page.locator('[data-status="team"]').getByText(t.teamJoined.replace('{name}', 'Granite Neighbors')).waitFor();
  await page.getByRole('link', { name: t.teamView }).waitFor();
  await page.getByRole('button', { name: t.teamLeave }).click();
  await page.locator('[data-status="team"]').getByText(t.teamLeft).waitFor();
  await fill(page, t.fieldTeam, team.body.data.slug);
  await page.getByRole('button', { name: t.teamSubmit }).click();
  await page.getByRole('link', { name: t.teamView }).waitFor();
  await shot(page, '08-edit');
  await expectNoSeriousA11yViolations(page);
  const publicPage = await site.http().get(`${API}/pages/${slug}`);
  expect(publicPage.body.data).toMatchObject({ title: 'Nina for New Hampshire', goalCents: 200_000, team: { slug: team.body.data.slug } });
  expect(publicPage.body.data.updates.map((update: { html: string }) => update.html)).toEqual(['<p>Halfway there, <em>thank you</em>!</p>']);

  // 9. Log out: the session is gone, the dashboard asks to log in.
  await page.getByRole('button', { name: t.navLogOut }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('link', { name: t.navLogIn }).waitFor();
  await expect(page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).resolves.toBeNull();
  await page.goto('/account');
  await page.getByText(t.signedOutDashboard).waitFor();
  await shot(page, '09-signed-out');

  // 10. Log in again (a wrong password first), back to the dashboard with the page on it.
  await page.locator('[data-signed-out]').getByRole('link', { name: t.navLogIn }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await fill(page, t.fieldEmail, visitor.email);
  await fill(page, t.fieldPassword, 'not-the-password');
  await page.getByRole('button', { name: t.loginSubmit }).click();
  await page.locator('[data-error-summary]').getByText(t.loginFailed).waitFor();
  await shot(page, '10-login-refused');
  await fill(page, t.fieldPassword, visitor.password);
  await page.getByRole('button', { name: t.loginSubmit }).click();
  await dashboardLoaded(page);
  await region(page, 'pages').getByText('Nina for New Hampshire').waitFor();
  await region(page, 'pages').getByText('Team: Granite Neighbors').waitFor();
  await shot(page, '11-logged-in-again');
});

test('at 375 px: sign up and the dashboard with data pass axe, in English and Spanish', async () => {
  const visitor = aSupporter({ firstName: 'Mia', lastName: 'Mobile' });
  const page = await site.newPage({ mobile: true });
  await page.goto(`/signup?ref=${recruiterSlug}`);
  await page.locator('form[data-form="signup"]').waitFor();
  await shot(page, 'mobile-01-signup');
  await expectNoSeriousA11yViolations(page);
  // Nothing is wider than the phone.
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);

  await fill(page, t.fieldFirstName, visitor.firstName);
  await fill(page, t.fieldLastName, visitor.lastName);
  await fill(page, t.fieldEmail, visitor.email);
  await fill(page, t.fieldPassword, visitor.password);
  await fill(page, t.fieldZip, visitor.zip);
  await page.getByRole('button', { name: t.signupSubmit }).click();
  await dashboardLoaded(page);

  // Data on the dashboard: a page of hers and a monthly gift.
  const jwt = await jwtIn(page);
  const created = await site.http().post(`${API}/pages`).set(bearer(jwt)).send({ data: { title: 'Mia raises for the campaign', goalCents: 50_000 } });
  expect(created.status).toBe(201);
  const started = await site
    .http()
    .post(`${API}/donations`)
    .set(bearer(jwt))
    .send({ data: aDonationBody({ amountCents: 1000, recurring: true, pageSlug: created.body.data.slug }) });
  await site.http().post(`${new URL(started.body.data.checkoutUrl).pathname}/complete`).set('Accept', 'application/json');
  await page.reload();
  await dashboardLoaded(page);
  await region(page, 'gifts').getByRole('button', { name: 'Stop my monthly gift of $10' }).waitFor();
  await region(page, 'pages').getByText('$10 raised of $500 (2% of the goal)').waitFor();
  await shot(page, 'mobile-02-dashboard');
  await expectNoSeriousA11yViolations(page);
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);

  // The same dashboard in Spanish.
  const es = messagesFor('es');
  await page.goto('/es/account');
  await page.locator('[data-region="level"]').getByText(/^Nivel \d+ de 10$/).waitFor();
  await region(page, 'gifts').getByRole('button', { name: 'Detener mi donación mensual de $10' }).waitFor();
  await region(page, 'pages').getByText(es['pageStatus.published']).waitFor();
  // Her email language (English, from her sign-up), said in Spanish.
  await page.locator('[data-email-language-current]').getByText(es.emailLanguageCurrent.replace('{language}', es['emailLanguageName.en'])).waitFor();
  await shot(page, 'mobile-03-dashboard-es');
  await expectNoSeriousA11yViolations(page);
});

test('starting a page signed out offers sign-up and log-in links that come back to it', async () => {
  const page = await site.newPage();
  await page.goto('/fundraise/start');
  await page.getByText(t.signedOutStart).waitFor();
  await expect(page.locator('form[data-form="fundraise-start"]').isHidden()).resolves.toBe(true);
  await shot(page, 'start-signed-out');
  await page.locator('[data-signed-out]').getByRole('link', { name: t.navSignUp }).click();
  await page.waitForURL((url) => url.pathname === '/signup' && url.searchParams.get('next') === '/fundraise/start');
  const visitor = aSupporter({ firstName: 'Sam' });
  await fill(page, t.fieldFirstName, visitor.firstName);
  await fill(page, t.fieldLastName, visitor.lastName);
  await fill(page, t.fieldEmail, visitor.email);
  await fill(page, t.fieldPassword, visitor.password);
  await fill(page, t.fieldZip, visitor.zip);
  await page.getByRole('button', { name: t.signupSubmit }).click();
  await page.waitForURL((url) => url.pathname === '/fundraise/start');
  await page.locator('form[data-form="fundraise-start"]').waitFor({ state: 'visible' });
});

test('forgot password answers neutrally, also while no email can be sent, and a reset link signs the supporter in', async () => {
  const supporter = await signUpSupporter(site, { firstName: 'Fay' });
  const page = await site.newPage();

  // Nobody has this email: the same neutral sentence as for anyone.
  await page.goto('/forgot-password');
  await fill(page, t.fieldEmail, 'nobody-here@example.org');
  await page.getByRole('button', { name: t.forgotSubmit }).click();
  await page.locator('[data-status]').getByText(t.forgotSent).waitFor();
  await shot(page, 'forgot-sent');

  // A real account while the test app's mail server is unreachable: the API logs it and answers as for
  // anyone (200), so the page gives the same neutral sentence and shows no error.
  await page.goto('/forgot-password');
  await fill(page, t.fieldEmail, supporter.registration.email);
  await page.getByRole('button', { name: t.forgotSubmit }).click();
  await page.locator('[data-status]').getByText(t.forgotSent).waitFor();
  expect(await page.locator('[data-error-summary]').getByText(t.forgotUnavailable).count()).toBe(0);
  await shot(page, 'forgot-outage');

  // The link from the email (users-permissions keeps the code as the user's resetPasswordToken).
  await page.goto('/reset-password');
  await page.locator('[data-error-summary]').getByText(t.resetNoCode).waitFor();
  const code = 'e2e-reset-code-0123456789abcdef';
  await site.strapi.db.query('plugin::users-permissions.user').update({ where: { id: supporter.user.id }, data: { resetPasswordToken: code } });
  await page.goto(`/reset-password?code=${code}`);
  await fill(page, t.fieldNewPassword, 'a-brand-new-password');
  await fill(page, t.fieldConfirmPassword, 'a-different-password');
  await page.getByRole('button', { name: t.resetSubmit }).click();
  await errorOf(page, 'passwordConfirmation').getByText(t.errorPasswordsDiffer).waitFor();
  await fill(page, t.fieldConfirmPassword, 'a-brand-new-password');
  await page.getByRole('button', { name: t.resetSubmit }).click();
  await dashboardLoaded(page);
  await page.getByText('Hello, Fay.').waitFor();
  await shot(page, 'reset-signed-in');
  const login = await site.http().post('/api/auth/local').send({ identifier: supporter.registration.email, password: 'a-brand-new-password' });
  expect(login.status).toBe(200);
});

test('the dashboard says where each page stands: waiting for review, not approved with the reason, closed (in Spanish too)', async () => {
  const owner = await signUpSupporter(site, { firstName: 'Ola' });
  const finance = await signInAdmin(site, 'Finance');
  const create = async (title: string) => {
    const res = await site.http().post(`${API}/pages`).set(bearer(owner.jwt)).send({ data: { title, goalCents: 20_000 } });
    expect(res.status).toBe(201);
    return res.body.data as { documentId: string; slug: string; status: string };
  };
  const approval = (on: boolean) => site.http().put(`${ADMIN}/pages/settings`).set(bearer(finance.token)).send({ pagesNeedApproval: on });
  expect((await approval(true)).status).toBe(200);
  try {
    const waiting = await create('Waiting for the staff');
    const refused = await create('Refused page');
    const closing = await create('Finished drive');
    expect(waiting.status).toBe('pending');
    const moderate = (documentId: string, action: string, body: object = {}) =>
      site.http().post(`${ADMIN}/pages/moderation/${documentId}/${action}`).set(bearer(finance.token)).send(body);
    expect((await moderate(refused.documentId, 'reject', { reason: 'Off-message for this campaign' })).status).toBe(200);
    expect((await moderate(closing.documentId, 'approve')).status).toBe(200);
    expect((await site.http().post(`${API}/pages/${closing.documentId}/close`).set(bearer(owner.jwt)).send({ data: {} })).status).toBe(200);
  } finally {
    await approval(false);
  }

  const page = await site.newPage();
  await page.goto('/login?next=%2Faccount');
  await fill(page, t.fieldEmail, owner.registration.email);
  await fill(page, t.fieldPassword, owner.registration.password);
  await page.getByRole('button', { name: t.loginSubmit }).click();
  await dashboardLoaded(page);
  const card = (title: string) => region(page, 'pages').locator('article', { hasText: title });

  await card('Waiting for the staff').getByText(t['pageStatus.pending']).waitFor();
  await card('Waiting for the staff').getByText(t.pagePendingHint).waitFor();
  await expect(card('Waiting for the staff').getByRole('link', { name: /View the public page/ }).count()).resolves.toBe(0);
  await card('Waiting for the staff').getByRole('link', { name: /^Edit/ }).waitFor();

  await card('Refused page').getByText(t['pageStatus.rejected']).waitFor();
  await card('Refused page').getByText('Reason: Off-message for this campaign').waitFor();
  await expect(card('Refused page').getByRole('link').count()).resolves.toBe(0);

  await card('Finished drive').getByText(t['pageStatus.closed'], { exact: true }).waitFor();
  await card('Finished drive').getByRole('link', { name: /View the public page/ }).waitFor();
  await expect(card('Finished drive').getByRole('link', { name: /^Edit/ }).count()).resolves.toBe(0);
  await shot(page, 'page-statuses');
  await expectNoSeriousA11yViolations(page);

  const es = messagesFor('es');
  await page.goto('/es/account');
  await page.locator('[data-region="level"]').getByText(/^Nivel \d+ de 10$/).waitFor();
  await card('Refused page').getByText(es['pageStatus.rejected']).waitFor();
  await card('Refused page').getByText('Motivo: Off-message for this campaign').waitFor();
  await card('Waiting for the staff').getByText(es['pageStatus.pending']).waitFor();
  await shot(page, 'page-statuses-es');
});
