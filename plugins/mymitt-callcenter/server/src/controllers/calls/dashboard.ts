import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { dashboardQuery } from '../../validators/dashboard';

/** The admin dashboard (read): live aggregates, never cached. */
const dashboard = (_: { strapi: Core.Strapi }) => ({
  /** GET /dashboard[?phoneBankId=]: unknown or malformed parameters are a 400. */
  async summary(ctx: RequestContext) {
    const { phoneBankId } = await validateZodSchema(dashboardQuery)(ctx.query ?? {});
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('dashboard').summary(phoneBankId) };
  },
});

export default dashboard;
