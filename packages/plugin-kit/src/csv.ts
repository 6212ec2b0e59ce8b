/**
 * The one CSV writer of the app's exports: RFC 4180 fields and lines (CRLF), plus OWASP's formula
 * neutralization. A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a
 * formula, so a supporter named "=HYPERLINK(...)" would attack the staff member who opens the export:
 * every text cell starting so gets a leading apostrophe, which spreadsheets show as text.
 *
 * Numbers the code computed itself stay numeric: a JS number (cents, ids, counts, even negative) is
 * written as is, and so is a number-like string the code formatted or validated, wrapped in `csvNumber`
 * ("-12.50" for a refund in dollars, "+16035550101" for an E.164 phone): a spreadsheet reads those as
 * numbers, never as formulas. Any other string, even "+1" or "-2", may be typed by someone and is
 * neutralized.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const SIGNED_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A signed decimal string the code formatted or validated itself, written without neutralization. */
export class CsvNumber {
  constructor(readonly text: string) {
    if (!SIGNED_DECIMAL.test(text)) throw new TypeError(`Not a decimal number: ${text}`);
  }
}

export const csvNumber = (text: string) => new CsvNumber(text);

export type CsvValue = string | number | bigint | boolean | Date | CsvNumber | null | undefined;

/** One field: null/undefined empty, dates as ISO 8601, text neutralized, quoted when RFC 4180 needs it. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof CsvNumber) return value.text;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = value instanceof Date ? value.toISOString() : value;
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole document: the header line, then one line per row (values read by column name). */
export function csvDocument(columns: readonly string[], rows: Iterable<Record<string, CsvValue>>): string {
  let text = csvLine(columns);
  for (const row of rows) text += csvLine(columns.map((column) => row[column]));
  return text;
}

/** The same, streamed: the header line, then one line per row as the rows arrive. */
export async function* csvLines(
  columns: readonly string[],
  rows: AsyncIterable<Record<string, CsvValue>> | Iterable<Record<string, CsvValue>>
): AsyncGenerator<string> {
  yield csvLine(columns);
  for await (const row of rows) yield csvLine(columns.map((column) => row[column]));
}
