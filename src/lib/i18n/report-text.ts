import { factKey, lookupFact, type Fact } from '../report/fact';
import type { Report } from '../report/report';
import { formatFact, type FactFormat } from './format-fact';
import type { Locale } from './locales';
import { t, type StringKey } from './t';

/** The text helpers of one page: UI strings whose `{fact.key}` placeholders are filled from the report's facts. */
export interface ReportText {
  locale: Locale;
  /** A UI string; `vars` may hold facts (formatted) or ready text; other placeholders are fact keys. */
  t: (key: StringKey, vars?: Readonly<Record<string, Fact | string>>) => string;
  /** A fact, formatted for the page. */
  fact: (key: string, opts?: FactFormat) => string;
}

export function reportText(locale: Locale, report: Report): ReportText {
  const fact = (key: string, opts?: FactFormat) => formatFact(lookupFact(report.index, factKey(key)), locale, opts);
  return {
    locale,
    fact,
    t: (key, vars = {}) => {
      const ready = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'string' ? v : formatFact(v, locale)]));
      return t(locale, key, ready, (name) => fact(name));
    },
  };
}
