import type { Core } from '@strapi/strapi';
import type { NoticeDefinition } from '@mymitt/plugin-kit';
import { accountRecipient, activeAccount, type AccountNoticePayload } from './account-recipient';

export const ACCOUNT_EMAIL_CONFIRMATION = 'account.email-confirmation';

/** users-permissions' "Enable email confirmation" (Settings → Users & Permissions → Advanced settings). */
export async function emailConfirmationRequired(strapi: Core.Strapi): Promise<boolean> {
  const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as {
    email_confirmation?: boolean;
  } | null;
  return Boolean(advanced?.email_confirmation);
}

/**
 * The link users-permissions confirms an address with, `<public URL>/api/auth/email-confirmation?confirmation=…`.
 * The token is the account's `confirmationToken` read at delivery; nothing is sent for an account already
 * confirmed, or while the setting is off.
 */
export const accountEmailConfirmation: NoticeDefinition<AccountNoticePayload> = {
  key: ACCOUNT_EMAIL_CONFIRMATION,
  transactional: true,
  description: 'Sent after sign-up when email confirmation is on: the link that confirms the address and activates the account.',
  placeholders: ['confirmationUrl'],
  defaults: {
    en: {
      subject: 'Confirm your email address',
      body: `Hello {{name}},

Thank you for signing up with {{committeeName}}. To activate your account, confirm your email address with this link:
{{confirmationUrl}}

If you did not sign up, ignore this email: no account is activated without this confirmation.`,
    },
    es: {
      subject: 'Confirme su dirección de correo',
      body: `Hola, {{name}}:

Gracias por registrarse en {{committeeName}}. Para activar su cuenta, confirme su dirección de correo con este enlace:
{{confirmationUrl}}

Si usted no se registró, ignore este correo: ninguna cuenta se activa sin esta confirmación.`,
    },
  },
  async load(strapi, payload) {
    const user = await activeAccount(strapi, payload);
    if (!user?.confirmationToken || user.confirmed || !(await emailConfirmationRequired(strapi))) return null;
    const { to, context } = await accountRecipient(strapi, user);
    const prefix = String(strapi.config.get('api.rest.prefix') ?? '/api').replace(/\/+$/, '');
    return {
      to,
      vars: {
        confirmationUrl: `${context.publicUrl}${prefix}/auth/email-confirmation?confirmation=${encodeURIComponent(user.confirmationToken)}`,
      },
    };
  },
};
