import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from './bootstrap/production-secrets';
import { seedLocales } from './bootstrap/locales';
import { seedSupporterPermissions } from './bootstrap/supporter-permissions';
import { seedAdminRoles } from './bootstrap/admin-roles';
import { ensureSupporterEmailIndex } from './bootstrap/supporter-email-index';
import { registerPagePreviewParams } from './bootstrap/page-preview-params';
import { assertMailProvider, wrapMailProvider } from './bootstrap/mail-provider';
import { registerAccountNotices } from './notices';
import { errorCodes } from '@mymitt/plugin-kit';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets(strapi);
    assertMailProvider(strapi);
    // The app's own routes (pages, settings, sign-up and login) answer refusals with error.details.code too.
    strapi.server.use(errorCodes('/api'));
    registerPagePreviewParams(strapi);
    // Welcome, email confirmation and password reset, sent through the outbox (src/notices/).
    registerAccountNotices(strapi);
  },

  /** Runs after every plugin's bootstrap, so users-permissions roles and plugin actions exist. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    wrapMailProvider(strapi);
    await ensureSupporterEmailIndex(strapi);
    await seedLocales(strapi);
    await seedSupporterPermissions(strapi);
    await seedAdminRoles(strapi);
    await strapi.service('api::committee-setting.committee-setting').current();
  },
};
