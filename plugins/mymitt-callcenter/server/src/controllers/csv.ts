import { Readable } from 'stream';
import { csvLines, csvNumber, type CsvValue, type RequestContext } from '@mymitt/plugin-kit';
import { csvTooLarge } from '../utils/csv-body';

/**
 * The raw CSV stream of a text/csv request, 415 otherwise. The app's body parser leaves text bodies
 * unread (`text: false` in config/middlewares.ts), so the request itself is the stream.
 */
export function csvStream(ctx: RequestContext, maxBytes: number): Readable {
  if (!ctx.is('text/csv')) {
    // An http-error, which Strapi's error middleware formats in its own shape.
    ctx.throw(415, 'Send the CSV as the request body with Content-Type: text/csv');
  }
  // SEC-05: a declared oversize body is refused before anything is read or written.
  if (Number(ctx.get('Content-Length') || 0) > maxBytes) throw csvTooLarge(maxBytes);
  return ctx.req as Readable;
}

/** A phone as this plugin stores it (E.164, validated on the way in). */
const E164 = /^\+1\d{10}$/;

/**
 * Sends rows as a CSV download through the kit's writer (RFC 4180, text cells formula-safe: a note or
 * name typed as "=HYPERLINK(…)" reaches the spreadsheet as text). The `phone` column holds our own E.164
 * numbers and is written as is ("+16035550101", a number to a spreadsheet, not a formula). The first
 * row is read before answering so a 404 is still a 404.
 */
export async function sendCsv(ctx: RequestContext, filename: string, columns: string[], rows: AsyncGenerator<Record<string, CsvValue>>) {
  const first = await rows.next();
  async function* all() {
    if (!first.done) yield first.value;
    for await (const row of rows) yield row;
  }
  async function* cells() {
    for await (const row of all()) {
      yield typeof row.phone === 'string' && E164.test(row.phone) ? { ...row, phone: csvNumber(row.phone) } : row;
    }
  }
  ctx.set('Content-Type', 'text/csv; charset=utf-8');
  ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = Readable.from(csvLines(columns, cells()));
}
