import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const meta = (_: { strapi: Core.Strapi }) => ({
  /** Public description of the plugin for the site theme (no secrets, no PII). */
  show(ctx: RequestContext) {
    ctx.body = { data: getService('meta').describe() };
  },

  /** What the admin home page of the plugin shows. */
  overview(ctx: RequestContext) {
    ctx.body = { data: getService('meta').describe() };
  },
});

export default meta;
