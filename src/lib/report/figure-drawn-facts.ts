/**
 * Facts about what each chart draws (figure-drawn.ts): for every line its span, first and latest value,
 * high and low with their dates, and its change; for categories their count and largest and smallest; for a
 * histogram its days, range and fullest bin. They land under `figures.<chart id>.` and are the only numbers
 * a chart's long description states.
 */
import { count, date, month, pct, pts, quarter, ratio, word, flag, type Fact, type FactTree } from './fact';
import type { DrawnPeriod, DrawnSeries, DrawnUnit } from './figure-drawn';
import { CHART_IDS, chartEntry, drawnData, figureShown } from './figure-list';
import type { Report } from './report';

const when = (p: DrawnPeriod) => (p === 'month' ? month : p === 'quarter' ? quarter : date);
const value = (u: DrawnUnit) => (u === 'pct' ? pct : u === 'ratio' ? ratio : u === 'count' ? count : pts);

/** First, last, high and low (the earliest date of a tie) and change of one drawn line (at least one point). */
export function seriesFacts(s: DrawnSeries): FactTree {
  const pts0 = s.points;
  const first = pts0[0]!;
  const last = pts0[pts0.length - 1]!;
  let hi = first;
  let lo = first;
  for (const p of pts0) {
    if (p.value > hi.value) hi = p;
    if (p.value < lo.value) lo = p;
  }
  const d = when(s.period);
  const v = value(s.unit);
  const facts: Record<string, Fact> = {
    from: d(first.date),
    to: d(last.date),
    points: count(pts0.length),
    first: v(first.value),
    last: v(last.value),
    high: v(hi.value),
    highAt: d(hi.date),
    low: v(lo.value),
    lowAt: d(lo.date),
    direction: word(last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'flat'),
  };
  // A level's change reads as a percentage; a rate's or a ratio's would be a difference in its own unit, which the direction word says well enough.
  if (s.unit === 'pts' && first.value !== 0) facts.change = pct(last.value / first.value - 1);
  return facts;
}

/**
 * Facts of one chart, or `{ available: false }` when the edition does not show it (its figure list's
 * rule: its data condition fails or it has nothing to draw), so prose can place it inside
 * `<When k="figures.<id>.available">`.
 */
export function chartFacts(id: string, r: Report): FactTree {
  if (!figureShown(chartEntry(id), r)) return { available: flag(false) };
  const d = drawnData(id, r);
  if (d.kind === 'time') {
    if (d.series.length === 0) return { available: flag(false) };
    return { available: flag(true), lines: count(d.series.length), ...Object.fromEntries(d.series.map((s, i) => [`s${i}`, seriesFacts(s)])) };
  }
  if (d.kind === 'categories') {
    if (d.items.length === 0) return { available: flag(false) };
    const max = d.items.reduce((a, b) => (b.value > a.value ? b : a));
    const min = d.items.reduce((a, b) => (b.value < a.value ? b : a));
    const v = value(d.unit);
    const facts: Record<string, Fact> = { available: flag(true), items: count(d.items.length), max: v(max.value), min: v(min.value) };
    if (typeof max.label === 'number') facts.maxAt = count(max.label);
    if (typeof min.label === 'number') facts.minAt = count(min.label);
    return facts;
  }
  if (d.bins.length === 0) return { available: flag(false) };
  const mode = d.bins.reduce((a, b) => (b.count > a.count ? b : a));
  return {
    available: flag(true),
    days: count(d.bins.reduce((a, b) => a + b.count, 0)),
    lo: pct(d.bins[0]!.x0),
    hi: pct(d.bins[d.bins.length - 1]!.x1),
    modeFrom: pct(mode.x0),
    modeTo: pct(mode.x1),
    modeDays: count(mode.count),
  };
}

/** Facts of every chart, by chart id: the `figures` branch of the report's facts. */
export function drawnFacts(r: Report): FactTree {
  return Object.fromEntries(CHART_IDS.map((id) => [id, chartFacts(id, r)]));
}
