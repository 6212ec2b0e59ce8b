import type { NoticeDefinition } from '@mymitt/plugin-kit';
import { accountRecipient, activeAccount, type AccountNoticePayload } from './account-recipient';

export const ACCOUNT_WELCOME = 'account.welcome';

/**
 * The greeting a new supporter gets once (outbox id `user:<id>:welcome`): after signing up, or, when
 * users-permissions asks for email confirmation, once the address is confirmed. Not transactional: it
 * carries the unsubscribe link and skips an unsubscribed address.
 */
export const accountWelcome: NoticeDefinition<AccountNoticePayload> = {
  key: ACCOUNT_WELCOME,
  transactional: false,
  description: 'Sent once to a new supporter after they sign up (after they confirm their address when email confirmation is on).',
  placeholders: ['dashboardUrl'],
  defaults: {
    en: {
      subject: 'Welcome to {{committeeName}}',
      body: `Hello {{name}},

Thank you for joining {{committeeName}}. Your supporter account is ready.

From your dashboard you can follow your level and your gifts, start your own fundraising page and share it with your friends, and find the events and calls where the campaign needs help:
{{dashboardUrl}}

Thank you for standing with us.`,
    },
    es: {
      subject: 'Le damos la bienvenida a {{committeeName}}',
      body: `Hola, {{name}}:

Gracias por unirse a {{committeeName}}. Su cuenta de simpatizante está lista.

Desde su panel puede seguir su nivel y sus donaciones, crear su propia página de recaudación y compartirla con sus amigos, y encontrar los eventos y las llamadas en los que la campaña necesita ayuda:
{{dashboardUrl}}

Gracias por su apoyo.`,
    },
  },
  async load(strapi, payload) {
    const user = await activeAccount(strapi, payload);
    if (!user) return null;
    const { to, sitePage } = await accountRecipient(strapi, user);
    return { to, vars: { dashboardUrl: sitePage('/account') } };
  },
};
