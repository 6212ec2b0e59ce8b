import type { Core } from '@strapi/strapi';
import { adminActions } from './admin-actions';
import { errorCodes, identifierAudit } from '@mymitt/plugin-kit';
import { registerFundraisingNotices } from './notices';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Every refusal under the plugin's REST prefix carries a stable error.details.code.
  strapi.server.use(errorCodes('/api/mymitt-fundraising'));
  // Tests (MYMITT_ID_AUDIT=fail): an answer carrying a numeric database id fails loudly.
  strapi.server.use(identifierAudit('/api/mymitt-fundraising'));
  await strapi.service('admin::permission').actionProvider.registerMany(adminActions);
  // Receipt, refund and page milestone emails (kit notices, staff-editable), before any bootstrap.
  registerFundraisingNotices(strapi);
};

export default register;
