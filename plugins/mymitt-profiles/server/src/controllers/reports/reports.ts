import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { superVolunteersQuery, supportersReportQuery } from '../../validators/reports';
import { isUsStateCode, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';

const parseSupportersQuery = validateZodSchema(supportersReportQuery);
const parseSuperVolunteersQuery = validateZodSchema(superVolunteersQuery);

function parseFilters(query: unknown) {
  const filters = parseSuperVolunteersQuery(query);
  if (filters.state && !isUsStateCode(filters.state)) throw new errors.ValidationError(`Unknown state "${filters.state}".`);
  return filters;
}

const reports = (_: { strapi: Core.Strapi }) => ({
  /** GET /reports/supporters?weeks=12 (admin) — totals, by state, new sign-ups by week. */
  async supporters(ctx: RequestContext) {
    ctx.body = { data: await getService('reports').supporters(parseSupportersQuery(ctx.query)) };
  },

  /** GET /reports/super-volunteers?state=&kind=&limit= (admin) — top supporters by recent points, with emails. */
  async superVolunteers(ctx: RequestContext) {
    const filters = parseFilters(ctx.query);
    const { superVolunteers, windowDays } = await getService('reports').superVolunteers(filters);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: superVolunteers,
      meta: { state: filters.state ?? null, kind: filters.kind ?? null, limit: filters.limit, windowDays },
    };
  },

  /** GET /reports/super-volunteers.csv (admin) — the same rows as a CSV download. */
  async superVolunteersCsv(ctx: RequestContext) {
    const filters = parseFilters(ctx.query);
    const service = getService('reports');
    const { superVolunteers } = await service.superVolunteers(filters);
    const day = new Date().toISOString().slice(0, 10);
    const name = ['super-volunteers', filters.state, filters.kind, day].filter(Boolean).join('-');
    ctx.set('Cache-Control', 'no-store');
    ctx.attachment(`${name}.csv`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = service.superVolunteersCsv(superVolunteers);
  },
});

export default reports;
