import { validateZodSchema } from '@strapi/utils';
import { updatePreferencesBody } from '../validation/preferences';

const parseUpdate = validateZodSchema(updatePreferencesBody);
const SERVICE = 'api::account.preferences';

/**
 * The signed-in supporter's own account preferences (today: the language of the campaign's emails).
 * Always the caller's account, from the token: no id is taken from the request. Never cached.
 */
export default {
  /** GET /api/account/preferences */
  async find(ctx: any) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await strapi.service(SERVICE).findMine(ctx.state.user.id) };
  },

  /** PUT /api/account/preferences with `{ data: { preferredLocale: 'en' | 'es' } }` */
  async update(ctx: any) {
    ctx.set('Cache-Control', 'private, no-store');
    const changes = parseUpdate(ctx.request.body ?? {});
    ctx.body = { data: await strapi.service(SERVICE).updateMine(ctx.state.user.id, changes) };
  },
};
