/**
 * Spreadsheet-safe CSV cells (CSV injection, as OWASP advises): a text cell whose first character is
 * `=`, `+`, `-`, `@`, a tab or a carriage return is one a spreadsheet may run as a formula
 * (`=HYPERLINK(…)`, `=cmd|…`), so it gets a leading apostrophe, which spreadsheets show as text. Numbers
 * stay numbers: a value of type number — negative ones included — and text that is a plain decimal
 * number (`-0.0161`, `1e-4`) are written as they are, since a spreadsheet reads them as numbers, not
 * formulas. https://owasp.org/www-community/attacks/CSV_Injection
 */

/** Characters that make a spreadsheet treat a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, optionally signed, with an optional exponent. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** One CSV cell made safe to open in a spreadsheet: numbers unchanged, formula-like text prefixed with `'`. */
export function safeCsvCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  if (FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)) return `'${value}`;
  return value;
}

/** Every cell of a table of rows made safe (see {@link safeCsvCell}). */
export function safeCsvRows(rows: readonly (readonly (string | number)[])[]): (string | number)[][] {
  return rows.map((r) => r.map(safeCsvCell));
}
