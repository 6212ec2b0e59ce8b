/**
 * The admin panel in the browser: staff accounts with a known password and the real login form.
 *
 *   const site = useSite({ admin: true });
 *   const staff = await createAdmin(site, 'Finance');          // or no role: a super admin
 *   const page = await adminPage(site, staff, { language: 'es' });  // logged in through /admin/auth/login
 *   await openAdmin(page, '/admin/plugins/mymitt-fundraising');      // waits for the page's heading
 */
import { randomUUID } from 'crypto';
import type { Page } from 'playwright-core';
import type { SiteSession } from './browser';

export type CampaignRole = 'Web team' | 'Finance' | 'Call center manager' | 'Store manager';

export interface AdminAccount {
  id: number;
  email: string;
  password: string;
  role: CampaignRole | 'Super Admin';
}

/** An active admin user in a campaign role (by name), or a super admin when no role is given. */
export async function createAdmin(site: SiteSession, roleName?: CampaignRole): Promise<AdminAccount> {
  const roles = site.strapi.service('admin::role');
  const role = roleName ? await roles.findOne({ name: roleName }) : await roles.getSuperAdmin();
  if (!role) throw new Error(`admin role not found: ${roleName ?? 'Super Admin'}`);
  const email = `staff-${randomUUID().slice(0, 8)}@campaign.test`;
  const password = `Staff-password-${randomUUID().slice(0, 8)}1`;
  const user = await site.strapi.service('admin::user').create({
    email,
    firstname: 'Campaign',
    lastname: roleName ?? 'Admin',
    password,
    isActive: true,
    roles: [role.id],
  });
  return { id: user.id, email, password, role: roleName ?? 'Super Admin' };
}

export interface AdminPageOptions {
  /** The admin's interface language (Strapi keeps it in localStorage); default English. */
  language?: 'en' | 'es';
}

/**
 * A new browser page (own context, checked for console errors after the test) logged in through the
 * admin's login form. Requests to other hosts (Strapi's telemetry, update check) are answered empty
 * here: the test machine has no network, and they are not the campaign's pages.
 */
export async function adminPage(site: SiteSession, account: AdminAccount, options: AdminPageOptions = {}): Promise<Page> {
  const page = await site.newPage({ locale: options.language === 'es' ? 'es-ES' : 'en-US' });
  const origin = new URL(site.baseURL).origin;
  await page.context().route(
    (url) => url.origin !== origin,
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{}' })
  );
  const language = options.language ?? 'en';
  await page.context().addInitScript((lang) => {
    window.localStorage.setItem('strapi-admin-language', lang);
    // The guided tour and the "what's new" prompts cover the pages for a new user.
    window.localStorage.setItem('STRAPI_GUIDED_TOUR', JSON.stringify({ enabled: false }));
  }, language);
  const response = await page.goto('/admin/auth/login');
  if (!response || response.status() !== 200) throw new Error(`admin login page answered ${response?.status()}`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'), { timeout: 30000 });
  await page.locator('nav').first().waitFor({ timeout: 30000 });
  return page;
}

/**
 * Opens an admin route (a path under /admin) as a click in the admin would: a full navigation, then waits
 * until the network is quiet and the page's main heading is shown. Answers the heading's text.
 * Fails when the admin shows its error page or a permission refusal instead.
 */
export async function openAdmin(page: Page, pathname: string): Promise<string> {
  const response = await page.goto(pathname);
  if (!response || response.status() !== 200) throw new Error(`${pathname} answered ${response?.status()}`);
  return waitForAdminPage(page, pathname);
}

export async function waitForAdminPage(page: Page, what: string): Promise<string> {
  await page.waitForLoadState('networkidle');
  // The page's own heading (Layouts.Header renders an <h1>; the side navigation's titles are not <h1>).
  const heading = page.locator('h1').first();
  await heading.waitFor({ timeout: 20000 }).catch(() => {
    throw new Error(`${what}: no <h1> on the page`);
  });
  await page.waitForLoadState('networkidle');
  const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  const refusal = /Woops! Something went wrong|Something went wrong|You don't have the permissions|No tienes permisos|Page not found|Algo salió mal/i.exec(body);
  if (refusal) throw new Error(`${what}: the admin shows "${refusal[0]}": ${body.slice(0, 300)}`);
  return (await heading.innerText()).trim();
}
