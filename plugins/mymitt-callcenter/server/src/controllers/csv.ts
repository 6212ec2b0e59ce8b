import { Readable } from 'stream';
import { stringify } from 'csv-stringify';
import { errors } from '@strapi/utils';

/** The raw CSV stream of a text/csv request (see middlewares/csv-body.ts); 415 otherwise. */
export function csvStream(ctx: any): Readable {
  const stream = ctx.state?.csvStream;
  if (!stream) {
    ctx.status = 415;
    throw new errors.ApplicationError('Send the CSV as the request body with Content-Type: text/csv');
  }
  return stream;
}

/** Sends rows as a CSV download; the first row is read before answering so a 404 is still a 404. */
export async function sendCsv(ctx: any, filename: string, columns: string[], rows: AsyncGenerator<Record<string, unknown>>) {
  const first = await rows.next();
  async function* all() {
    if (!first.done) yield first.value;
    yield* rows;
  }
  ctx.set('Content-Type', 'text/csv; charset=utf-8');
  ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = Readable.from(all()).pipe(stringify({ header: true, columns }));
}
