import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { allowSharedCache, paginationMeta, parseListQuery, type ListSpec } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { calendarDateValue } from '../../utils/list-query';
import { ELECTION_KINDS } from '../../domain/election-designation';

/** Both answers are the same for every viewer and change only when finance staff edit the settings. */
const FORM_CACHE_SECONDS = 60;

/** GET /elections: filter by kind or date, sort by date or name (soonest first by default). */
export const ELECTION_LIST: ListSpec = {
  filters: {
    kind: { ops: ['$eq', '$ne', '$in'], value: z.enum(ELECTION_KINDS) },
    date: { ops: ['$eq', '$lt', '$lte', '$gt', '$gte'], value: calendarDateValue },
  },
  sort: ['date', 'name'],
  defaultSort: [{ field: 'date', order: 'asc' }],
};

const compliance = (_: { strapi: Core.Strapi }) => ({
  /** GET /elections — upcoming elections for the donation form's designation choice (FEC-04). */
  async elections(ctx: any) {
    const list = parseListQuery(ctx, ELECTION_LIST);
    const { elections, total, defaultElectionDocumentId } = await getService('compliance-config').upcomingElections(list);
    allowSharedCache(ctx, FORM_CACHE_SECONDS);
    ctx.body = { data: elections, meta: { pagination: paginationMeta(list, total), defaultElectionDocumentId } };
  },

  /** GET /compliance/form — limit, affirmations, best-efforts sentence and presets for every contribution form. */
  async form(ctx: any) {
    const form = await getService('compliance-config').donationForm();
    allowSharedCache(ctx, FORM_CACHE_SECONDS);
    ctx.body = { data: form };
  },

  /** GET /compliance/overview (admin) — elections, limits, drives and configuration warnings. */
  async overview(ctx: any) {
    ctx.body = { data: await getService('compliance-config').overview() };
  },
});

export default compliance;
