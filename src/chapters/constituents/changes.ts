import type { ConstituentChange } from '../../lib/data/constituent-changes';
import type { SectorMap } from '../../lib/data/curated/overview';
import { count, date, flag, type FactTree } from '../../lib/report/fact';

/** Additions and deletions of one calendar year (changes effective in that year, up to the edition). */
export interface ChangeYear {
  year: number;
  additions: number;
  deletions: number;
}

/** One change in the edition's statistics window, with the stock's industry and sector where the data know them. */
export interface ChangeRow {
  date: string;
  code: string;
  name: string;
  action: 'add' | 'delete';
  /** Nikkei industry (Japanese) from the constituent list or the factor file; null when neither holds the stock. */
  industry: string | null;
  /** Sector id of the curated map, or null. */
  sector: string | null;
}

export interface ChangeDatasets {
  years: ChangeYear[];
  window: ChangeRow[];
}

/**
 * The constituent-change history as an edition sees it: changes effective on or before `asOf`, counted by
 * year from the history's first year, the day with the most additions (the April 2000 overhaul in the
 * data), and the changes since `windowStart` (the statistics window's first day) listed. Nothing before
 * the history starts: an edition earlier than its first change shows none of it.
 */
export function changeFacts(
  changes: readonly ConstituentChange[],
  industryOf: ReadonlyMap<string, string>,
  map: SectorMap,
  asOf: string,
  windowStart: string,
): { facts: FactTree; datasets: ChangeDatasets } {
  const seen = changes.filter((c) => c.date <= asOf);
  const start = changes[0]?.date ?? null;
  if (seen.length === 0) return { facts: { available: flag(false), start: date(start) }, datasets: { years: [], window: [] } };
  const y0 = Number(seen[0]!.date.slice(0, 4));
  const y1 = Number(asOf.slice(0, 4));
  const years = Array.from({ length: y1 - y0 + 1 }, (_, i) => {
    const y = String(y0 + i);
    const inYear = seen.filter((c) => c.date.startsWith(y));
    return { year: y0 + i, additions: inYear.filter((c) => c.action === 'add').length, deletions: inYear.filter((c) => c.action === 'delete').length };
  });
  const addsByDay = new Map<string, number>();
  for (const c of seen) if (c.action === 'add') addsByDay.set(c.date, (addsByDay.get(c.date) ?? 0) + 1);
  const [busiestDate, busiestAdds] = [...addsByDay].reduce((a, b) => (b[1] > a[1] ? b : a));
  const busiestDeletes = seen.filter((c) => c.date === busiestDate && c.action === 'delete').length;
  const sectorOf = new Map(map.industries.map((i) => [i.ja, i.sector]));
  const window = seen
    .filter((c) => c.date >= windowStart)
    .map((c) => {
      const industry = industryOf.get(c.code) ?? null;
      return { date: c.date, code: c.code, name: c.name, action: c.action, industry, sector: industry === null ? null : (sectorOf.get(industry) ?? null) };
    });
  const adds = seen.filter((c) => c.action === 'add').length;
  const maxYear = years.reduce((a, b) => (b.additions > a.additions ? b : a));
  const quietYears = years.filter((y) => y.additions === 0 && y.deletions === 0).length;
  const wAdds = window.filter((c) => c.action === 'add').length;
  return {
    facts: {
      available: flag(true),
      start: date(start),
      last: date(seen[seen.length - 1]!.date),
      additions: count(adds),
      deletions: count(seen.length - adds),
      years: count(years.length),
      quietYears: count(quietYears),
      perYear: { value: adds / years.length, unit: 'ratio' },
      busiest: { date: date(busiestDate), additions: count(busiestAdds), deletions: count(busiestDeletes) },
      maxYear: { year: { value: maxYear.year, unit: 'year' }, additions: count(maxYear.additions) },
      window: {
        start: date(windowStart),
        any: flag(window.length > 0),
        changes: count(window.length),
        additions: count(wAdds),
        deletions: count(window.length - wAdds),
        classified: count(window.filter((c) => c.industry !== null).length),
      },
    },
    datasets: { years, window },
  };
}
