import type { Core } from '@strapi/strapi';
import { siteUrlOf } from '../domain/preview-links';

/** users-permissions ships its templates from this address; mail from it would fail SPF and look like spam. */
const STRAPI_DEFAULT_SENDER = 'no-reply@strapi.io';
const ACCOUNT_TEMPLATES = ['reset_password', 'email_confirmation'] as const;
/** A line of users-permissions' stock reset message, which prints the link as bare text. */
const STOCK_RESET_MESSAGE = 'We heard that you lost your password';
/** Ours: the link is a link. The bilingual, staff-editable notices come with issue 17 item 3. */
const RESET_MESSAGE = `<p>We received a request to reset the password of your account.</p>
<p>Choose a new password here: <a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>If you did not ask for this, ignore this email: your password stays as it is.</p>`;

interface AccountTemplate {
  options?: { from?: { name?: string; email?: string }; message?: string };
}

/**
 * The supporter account mail of users-permissions, set at every boot:
 * - the reset link opens the site's page, `<SITE_URL>/reset-password?code=…`, which reads `code`
 *   (src/site/browser/account/reset-password.ts); derived from SITE_URL, so a moved site needs no admin edit;
 * - Strapi's stock sender (no-reply@strapi.io) is cleared, so the templates go out from MAIL_FROM, and
 *   the stock reset message gets a clickable link. A sender or message staff set in the admin stays.
 */
export async function configureSupporterMail(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });

  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  const resetUrl = `${siteUrlOf({
    siteUrl: process.env.SITE_URL,
    publicUrl: String(strapi.config.get('server.url') ?? ''),
    port: Number(strapi.config.get('server.port') ?? 1337),
  })}/reset-password`;
  if (advanced.email_reset_password !== resetUrl) {
    await store.set({ key: 'advanced', value: { ...advanced, email_reset_password: resetUrl } });
  }

  const templates = ((await store.get({ key: 'email' })) ?? {}) as Record<string, AccountTemplate>;
  let changed = false;
  for (const key of ACCOUNT_TEMPLATES) {
    const from = templates[key]?.options?.from;
    if (from?.email === STRAPI_DEFAULT_SENDER) {
      templates[key].options!.from = { name: '', email: '' };
      changed = true;
    }
  }
  const reset = templates.reset_password?.options;
  if (reset?.message?.includes(STOCK_RESET_MESSAGE)) {
    reset.message = RESET_MESSAGE;
    changed = true;
  }
  if (changed) await store.set({ key: 'email', value: templates });
}
