import type { NoticeDefinition } from '@mymitt/plugin-kit';
import { accountRecipient, activeAccount, type AccountNoticePayload } from './account-recipient';

export const ACCOUNT_PASSWORD_RESET = 'account.password-reset';

/**
 * The link to the site's reset page, `<SITE_URL>[/es]/reset-password?code=…` (the page posts the code to
 * /api/auth/reset-password). The code is the account's `resetPasswordToken` read at delivery: it is never
 * in the outbox, a retry after an outage carries the code that works now, and a code already used (or
 * replaced) sends nothing stale.
 */
export const accountPasswordReset: NoticeDefinition<AccountNoticePayload> = {
  key: ACCOUNT_PASSWORD_RESET,
  transactional: true,
  description: 'Sent when a supporter asks to reset a forgotten password: the link to choose a new one.',
  placeholders: ['resetUrl'],
  defaults: {
    en: {
      subject: 'Reset your password',
      body: `Hello {{name}},

We received a request to reset the password of your {{committeeName}} account. Choose a new password here:
{{resetUrl}}

If you did not ask for this, ignore this email: your password stays as it is.`,
    },
    es: {
      subject: 'Restablezca su contraseña',
      body: `Hola, {{name}}:

Recibimos una solicitud para restablecer la contraseña de su cuenta de {{committeeName}}. Elija una nueva contraseña aquí:
{{resetUrl}}

Si usted no lo pidió, ignore este correo: su contraseña no cambia.`,
    },
  },
  async load(strapi, payload) {
    const user = await activeAccount(strapi, payload);
    if (!user?.resetPasswordToken) return null;
    const { to, sitePage } = await accountRecipient(strapi, user);
    return { to, vars: { resetUrl: `${sitePage('/reset-password')}?code=${encodeURIComponent(user.resetPasswordToken)}` } };
  },
};
