import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { normalizeUsPhone } from '../../domain/phone';
import { dncAddBody, dncDeactivateBody, dncListQuery, dncPhoneParams } from '../../validators/dnc';
import { csvStream, sendCsv } from '../csv';
import { byteLimit, discardRest } from '../../utils/csv-body';
import { parse } from 'csv-parse';
import { PLUGIN_ID } from '../../plugin-id';
import type { CallcenterConfig } from '../../config';

const actor = (ctx: RequestContext) => `admin:${ctx.state?.user?.id ?? 'unknown'}`;

/** The do-not-call registry for managers (dnc.manage, TEL-03); every change is audited. */
const dnc = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: RequestContext) {
    const query = await validateZodSchema(dncListQuery)(ctx.query ?? {});
    ctx.body = await getService('dnc').list(query);
  },

  async export(ctx: RequestContext) {
    await sendCsv(ctx, 'do-not-call.csv', ['phone', 'reason', 'source', 'active', 'updatedAt'], getService('dnc').exportRows());
  },

  async add(ctx: RequestContext) {
    const { phone, reason, note } = await validateZodSchema(dncAddBody)(ctx.request.body ?? {});
    ctx.created({ data: await getService('dnc').add(phone, { reason, note, source: 'manager', actor: actor(ctx) }) });
  },

  async audits(ctx: RequestContext) {
    const { phone } = await validateZodSchema(dncPhoneParams)(ctx.params);
    ctx.body = { data: await getService('dnc').audits(phone) };
  },

  /** POST /dnc/:phone/deactivate { note }: a manager's correction, audited. */
  async deactivate(ctx: RequestContext) {
    const { phone } = await validateZodSchema(dncPhoneParams)(ctx.params);
    const { note } = await validateZodSchema(dncDeactivateBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('dnc').deactivate(phone, note, actor(ctx)) };
  },

  /** POST /dnc/import (text/csv with a phone column, optional reason): { added, rejected }. */
  async import(ctx: RequestContext) {
    const maxBytes = (strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig).importMaxBytes;
    const stream = csvStream(ctx, maxBytes);
    const phones: string[] = [];
    const rejected: Array<{ row: number; reason: string }> = [];
    let row = 1;
    const parser = parse({
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
    // All or nothing: numbers are collected while the body streams and written in one transaction at
    // the end, so a body refused past the limit (413) wrote nothing.
    stream
      .pipe(byteLimit(maxBytes))
      .on('error', (error: Error) => parser.destroy(error))
      .pipe(parser);
    try {
      for await (const record of parser as AsyncIterable<Record<string, string>>) {
        row += 1;
        const e164 = normalizeUsPhone(record.phone ?? '');
        if (e164) phones.push(e164);
        else if (rejected.length < 1000) rejected.push({ row, reason: record.phone ? 'invalid phone' : 'missing phone' });
      }
    } catch (error) {
      discardRest(stream);
      throw error;
    }
    const added = await strapi.db.transaction(({ trx }) =>
      getService('dnc').addMany(trx, phones, { source: 'import', actor: actor(ctx), reason: 'Imported' })
    );
    ctx.body = { data: { added, rejected } };
  },
});

export default dnc;
