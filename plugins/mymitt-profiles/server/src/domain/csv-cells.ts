/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab / carriage return) as a formula, so a
 * supporter named "=HYPERLINK(...)" could attack the staff member who opens the export (CSV injection,
 * OWASP). Such text cells get a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
