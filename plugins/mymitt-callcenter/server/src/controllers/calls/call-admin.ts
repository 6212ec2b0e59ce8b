import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { callerParams, createBankBody, createListBody, emptyBody, idParams, updateBankBody } from '../../validators/calls';
import { csvStream, sendCsv } from '../csv';
import { PLUGIN_ID } from '../../plugin-id';
import type { CallcenterConfig } from '../../config';

const RESULT_COLUMNS = [
  'result_id',
  'called_at',
  'caller_user_id',
  'external_id',
  'name',
  'phone',
  'disposition',
  'answers',
  'notes',
  'call_back_at',
];

/** Staff's routes: lists, CSV imports, phone banks, results export. */
const callAdmin = ({ strapi }: { strapi: Core.Strapi }) => ({
  async lists(ctx: RequestContext) {
    ctx.body = { data: await getService('call-admin').lists() };
  },

  async createList(ctx: RequestContext) {
    const body = await validateZodSchema(createListBody)(ctx.request.body ?? {});
    ctx.created({ data: await getService('call-admin').createList(body) });
  },

  /** POST /lists/:id/import (text/csv body): { inserted, merged, rejected: [{ row, reason }], rejectedCount }. */
  async importContacts(ctx: RequestContext) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    const stream = csvStream(ctx, (strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig).importMaxBytes);
    ctx.body = { data: await getService('call-admin').importContacts(id, stream) };
  },

  async banks(ctx: RequestContext) {
    ctx.body = { data: await getService('call-admin').banks() };
  },

  async createBank(ctx: RequestContext) {
    const body = await validateZodSchema(createBankBody)(ctx.request.body ?? {});
    ctx.created({ data: await getService('call-admin').createBank(body) });
  },

  async updateBank(ctx: RequestContext) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    const body = await validateZodSchema(updateBankBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('call-admin').updateBank(id, body) };
  },

  /** GET /phone-banks/:id/callers: who applied or was approved or revoked, with username and email. */
  async callers(ctx: RequestContext) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    ctx.body = { data: await getService('caller-access').callers(id) };
  },

  async approveCaller(ctx: RequestContext) {
    const { id, userId } = await validateZodSchema(callerParams)(ctx.params);
    await validateZodSchema(emptyBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('caller-access').approve(id, userId, ctx.state.user.id) };
  },

  async revokeCaller(ctx: RequestContext) {
    const { id, userId } = await validateZodSchema(callerParams)(ctx.params);
    await validateZodSchema(emptyBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('caller-access').revoke(id, userId, ctx.state.user.id) };
  },

  async exportResults(ctx: RequestContext) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    await sendCsv(ctx, `phone-bank-${id}-results.csv`, RESULT_COLUMNS, getService('call-admin').resultRows(id));
  },
});

export default callAdmin;
