import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { limitsAndGoalsBody } from '../../validators/limits-and-goals';

const parseBody = validateZodSchema(limitsAndGoalsBody);

/** The admin's "Limits and goals" page: contribution limits and drive goals, in cents. */
const limitsAndGoals = (_: { strapi: Core.Strapi }) => ({
  /** GET /compliance/limits-and-goals (read). */
  async show(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('limits-and-goals').get() };
  },

  /** PUT /compliance/limits-and-goals (settings.update): a bad body is a 400 and changes nothing. */
  async update(ctx: any) {
    const body = await parseBody(ctx.request.body ?? {});
    const service = getService('limits-and-goals');
    const changes = await service.update(body, ctx.state?.user?.id ?? null);
    ctx.body = { data: await service.get(), meta: { changes } };
  },
});

export default limitsAndGoals;
