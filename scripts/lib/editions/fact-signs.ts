/**
 * Which facts can be negative: each numeric fact's sign over many editions (computed in-process, no
 * site build), so the MDX check knows which `<V>`s need a direction word chosen from their sign.
 */
import type { ReportInputs } from '../../../src/lib/report/chapter';
import { buildReport } from '../../../src/lib/report/report';

export interface Signs {
  negative: boolean;
  positive: boolean;
}

/** As-of dates to probe: 30 June and 31 December of every year the data cover, plus any extra dates. */
export function probeDates(firstYear: number, lastDate: string, extra: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let y = firstYear; `${y}-01-01` <= lastDate; y += 1) out.push(`${y}-06-30`, `${y}-12-31`);
  return [...out.filter((d) => d <= lastDate), ...extra, lastDate];
}

/**
 * The sign of every numeric fact over the editions as of `dates` (an edition that cannot be built is
 * skipped: the sweep reports it). Keys never seen are treated as never negative.
 */
export function factSigns(inputs: ReportInputs, dates: readonly string[]): (k: string) => Signs {
  const seen = new Map<string, Signs>();
  for (const d of dates) {
    let index;
    try {
      index = buildReport(inputs, d).index;
    } catch {
      continue;
    }
    for (const [k, f] of index) {
      if (typeof f.value !== 'number' || f.unit === 'year' || f.unit === 'count') continue;
      const s = seen.get(k) ?? { negative: false, positive: false };
      if (f.value < 0) s.negative = true;
      if (f.value > 0) s.positive = true;
      seen.set(k, s);
    }
  }
  return (k) => seen.get(k) ?? { negative: false, positive: false };
}
