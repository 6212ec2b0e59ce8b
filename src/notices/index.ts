import type { Core } from '@strapi/strapi';
import { registerNotice } from '@mymitt/plugin-kit';
import { accountEmailConfirmation } from './account-email-confirmation';
import { accountPasswordReset } from './account-password-reset';
import { accountWelcome } from './account-welcome';
import { subscribeWelcomeOnRegistration } from './welcome-on-registration';

/**
 * The supporter account's notices (register(): known before any bootstrap), delivered through the
 * kit's outbox: the welcome, the email confirmation and the password reset.
 */
export function registerAccountNotices(strapi: Core.Strapi) {
  registerNotice(strapi, accountWelcome);
  registerNotice(strapi, accountEmailConfirmation);
  registerNotice(strapi, accountPasswordReset);
  subscribeWelcomeOnRegistration(strapi);
}
