import type { Core } from '@strapi/strapi';
import { errorCodes, identifierAudit } from '@mymitt/plugin-kit';
import { adminActions } from './admin-actions';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Every refusal under the plugin's REST prefix carries a stable error.details.code.
  strapi.server.use(errorCodes('/api/mymitt-store'));
  // Tests (MYMITT_ID_AUDIT=fail): an answer carrying a numeric database id fails loudly.
  strapi.server.use(identifierAudit('/api/mymitt-store'));
  await strapi.service('admin::permission').actionProvider.registerMany(adminActions);
};

export default register;
