import { Readable } from 'stream';
import { stringify } from 'csv-stringify';
import { errors } from '@strapi/utils';

/**
 * The raw CSV stream of a text/csv request, 415 otherwise. The app's body parser leaves text bodies
 * unread (`text: false` in config/middlewares.ts), so the request itself is the stream.
 */
export function csvStream(ctx: any, maxBytes: number): Readable {
  if (!ctx.is('text/csv')) {
    // An http-error, which Strapi's error middleware formats in its own shape.
    ctx.throw(415, 'Send the CSV as the request body with Content-Type: text/csv');
  }
  // SEC-05: a declared oversize body is refused before anything is read or written.
  if (Number(ctx.get('Content-Length') || 0) > maxBytes) throw new errors.PayloadTooLargeError(`The CSV is larger than ${maxBytes} bytes`);
  return ctx.req as Readable;
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
  ctx.body = Readable.from(all()).pipe(
    stringify({ header: true, columns, cast: { boolean: (value: boolean) => (value ? 'true' : 'false') } })
  );
}
