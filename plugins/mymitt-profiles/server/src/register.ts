import type { Core } from '@strapi/strapi';
import { adminActions } from './admin-actions';
import { onSupporterRegistered } from './lifecycles/supporter-registered';
import { registerProfilesNotices } from './notices';
import { errorCodes, identifierAudit } from '@mymitt/plugin-kit';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Every refusal under the plugin's REST prefix carries a stable error.details.code.
  strapi.server.use(errorCodes('/api/mymitt-profiles'));
  // Tests (MYMITT_ID_AUDIT=fail): an answer carrying a numeric database id fails loudly.
  strapi.server.use(identifierAudit('/api/mymitt-profiles'));
  await strapi.service('admin::permission').actionProvider.registerMany(adminActions);
  // Event and group notices (en, es), queued through the outbox by the changes that cause them.
  registerProfilesNotices(strapi);

  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.user'],
    afterCreate: (event: any) => onSupporterRegistered(strapi, event.result),
  });
};

export default register;
