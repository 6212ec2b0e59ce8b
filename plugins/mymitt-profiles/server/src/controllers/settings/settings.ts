import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { settingsSchema } from '../../config';
import { getService } from '../../utils/get-service';

const parseSettings = validateZodSchema(settingsSchema);

const settings = (_: { strapi: Core.Strapi }) => ({
  /** GET /mymitt-profiles/settings (admin) — the settings in force. */
  async show(ctx: RequestContext) {
    ctx.body = { data: await getService('settings').get() };
  },

  /** PUT /mymitt-profiles/settings (admin) — a complete set of settings; a bad one is a 400 and changes nothing. */
  async update(ctx: RequestContext) {
    ctx.body = { data: await getService('settings').update(parseSettings(ctx.request.body ?? {})) };
  },
});

export default settings;
