import type { Locale } from '../i18n/locales';
import type { StringKey } from '../i18n/t';
import type { Fact } from './fact';

/**
 * A cell: a fact (formatted for the reader), a UI string, text that needs no translation, curated text
 * kept in every language (`localized`, e.g. a contract's terms from data/curated/), or empty.
 */
export type Cell =
  | { fact: Fact; signed?: boolean; digits?: number; abs?: boolean }
  | { text: StringKey; vars?: Record<string, Fact> }
  | { literal: string }
  | { localized: Readonly<Record<Locale, string>> }
  | null;

export interface TableRow {
  label: Cell;
  cells: Cell[];
}

/** A table as data: column headings are UI string keys, cells are facts; components only format. */
export interface TableModel {
  id: string;
  /** Narrowest width in rem before the table scrolls sideways instead of squeezing its columns (phones). */
  minWidth?: number;
  columns: { key: StringKey; vars?: Record<string, Fact> }[];
  rows: TableRow[];
}

/** A cell holding a UI string, optionally with facts for its placeholders. */
export const text = (key: StringKey, vars?: Record<string, Fact>): Cell => ({ text: key, ...(vars ? { vars } : {}) });
/** A cell holding a fact; `digits` overrides the unit's usual decimals. */
export const fact = (fct: Fact, opts: { signed?: boolean; digits?: number; abs?: boolean } = {}): Cell => ({ fact: fct, ...opts });
/** A cell holding text that needs no translation (a year, a ticker). */
export const literal = (s: string): Cell => ({ literal: s });
/** A cell holding curated text in every language of the report (the page shows its own). */
export const localized = (texts: Readonly<Record<Locale, string>>): Cell => ({ localized: texts });
