import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { createBankBody, createListBody, idParams, updateBankBody } from '../../validators/calls';
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
  async lists(ctx: any) {
    ctx.body = { data: await getService('call-admin').lists() };
  },

  async createList(ctx: any) {
    const body = await validateZodSchema(createListBody)(ctx.request.body ?? {});
    ctx.created({ data: await getService('call-admin').createList(body) });
  },

  /** POST /lists/:id/import (text/csv body): { inserted, merged, rejected: [{ row, reason }], rejectedCount }. */
  async importContacts(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    const stream = csvStream(ctx, (strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig).importMaxBytes);
    ctx.body = { data: await getService('call-admin').importContacts(id, stream) };
  },

  async banks(ctx: any) {
    ctx.body = { data: await getService('call-admin').banks() };
  },

  async createBank(ctx: any) {
    const body = await validateZodSchema(createBankBody)(ctx.request.body ?? {});
    ctx.created({ data: await getService('call-admin').createBank(body) });
  },

  async updateBank(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    const body = await validateZodSchema(updateBankBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('call-admin').updateBank(id, body) };
  },

  async exportResults(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    await sendCsv(ctx, `phone-bank-${id}-results.csv`, RESULT_COLUMNS, getService('call-admin').resultRows(id));
  },
});

export default callAdmin;
