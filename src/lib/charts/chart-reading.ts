/**
 * A chart for readers who do not see it: its long description (sentences in the page's language whose
 * every number is a fact under `figures.<id>.`, see src/lib/report/figure-drawn-facts.ts), the key points a
 * screen reader can reach inside the SVG (high, low, latest; largest, smallest), and its data as a table
 * (long daily series summarised to month or year ends; the full data are in the CSV).
 */
import type { Fact } from '../report/fact';
import { factKey, lookupFact } from '../report/fact';
import type { Drawn, DrawnLabel, DrawnSeries } from '../report/figure-drawn';
import { drawnData } from '../report/figure-list';
import type { Report } from '../report/report';
import { formatList, joinSentences } from '../i18n/format';
import { formatFact } from '../report/format-fact';
import type { Locale } from '../i18n/locales';
import type { ReportText } from '../report/report-text';
import type { KeyPoint } from './render';

/** A chart's data as a table: column headers, rows (a header cell, then values), and a note on what a row is. */
export interface ReadingTable {
  columns: string[];
  rows: { head: string; cells: string[] }[];
  note: string;
}

export interface ChartReading {
  description: string;
  keyPoints: KeyPoint[];
  table: ReadingTable;
}

/** Rows beyond which a table of a time series is summarised to period ends. */
const MAX_ROWS = 40;

const label = (l: DrawnLabel, tx: ReportText) => (typeof l === 'number' ? tx.t('desc.lag', { lag: formatFact({ value: l, unit: 'count' }, tx.locale) }) : l[tx.locale]);

/** The long description and key points of a line chart, from its facts. */
function timeReading(id: string, series: readonly DrawnSeries[], r: Report, tx: ReportText): Pick<ChartReading, 'description' | 'keyPoints'> {
  const k = (i: number, name: string) => `figures.${id}.s${i}.${name}`;
  const f = (i: number, name: string) => tx.fact(k(i, name));
  const fact = (i: number, name: string): Fact => lookupFact(r.index, factKey(k(i, name)));
  const parts = [tx.t('desc.span', { from: f(0, 'from'), to: f(0, 'to') })];
  if (series.length > 1)
    parts.push(
      tx.t('desc.lines', {
        n: tx.fact(`figures.${id}.lines`),
        names: formatList(
          series.map((s) => tx.t(s.name)),
          tx.locale,
        ),
      }),
    );
  series.forEach((s, i) => {
    parts.push(
      tx.t('desc.line', {
        name: tx.t(s.name),
        high: f(i, 'high'),
        highAt: f(i, 'highAt'),
        low: f(i, 'low'),
        lowAt: f(i, 'lowAt'),
        first: f(i, 'first'),
        last: f(i, 'last'),
        to: f(i, 'to'),
      }),
    );
    const dir = fact(i, 'direction').value as 'up' | 'down' | 'flat';
    if (r.index.has(k(i, 'change'))) parts.push(tx.t(`desc.change.${dir}`, { change: tx.fact(k(i, 'change'), { abs: true }) }));
    else parts.push(tx.t(`desc.trend.${dir}`));
  });
  const key = (name: 'high' | 'low' | 'last', at: string, text: 'figure.key.high' | 'figure.key.low' | 'figure.key.latest'): KeyPoint => ({
    x: fact(0, at).value as string,
    y: fact(0, name).value as number,
    label: `${series.length > 1 ? `${tx.t(series[0]!.name)} ` : ''}${tx.t(text, { value: f(0, name), date: f(0, at) })}`,
  });
  return {
    description: joinSentences(parts, tx.locale),
    keyPoints: [key('high', 'highAt', 'figure.key.high'), key('low', 'lowAt', 'figure.key.low'), key('last', 'to', 'figure.key.latest')],
  };
}

/** Period key of an ISO date for a summary: 'YYYY-MM' or 'YYYY'. */
const periodOf = (d: string, by: 'month' | 'year') => (by === 'month' ? d.slice(0, 7) : d.slice(0, 4));

/** A time series table: every point, or for long series the last point of each month or year (and, for one line, the period's high and low). */
function timeTable(series: readonly DrawnSeries[], tx: ReportText): ReadingTable {
  const loc = tx.locale;
  const longest = Math.max(...series.map((s) => s.points.length));
  const dates = series.flatMap((s) => s.points.map((p) => p.date)).sort();
  const spanDays = (Date.parse(dates[dates.length - 1]!) - Date.parse(dates[0]!)) / 864e5;
  const by: 'all' | 'month' | 'year' = longest <= MAX_ROWS ? 'all' : series.every((s) => s.period === 'date') && spanDays <= 3.1 * 365 ? 'month' : 'year';
  const cell = (v: number | undefined, s: DrawnSeries) => (v === undefined ? '' : formatFact({ value: v, unit: s.unit }, loc));
  const names = series.map((s) => tx.t(s.name));
  if (by === 'all') {
    const period = series[0]!.period;
    const keys = [...new Set(dates)];
    const at = series.map((s) => new Map(s.points.map((p) => [p.date, p.value])));
    return {
      columns: [tx.t(`figure.data.${period}`), ...names],
      rows: keys.map((d) => ({ head: formatFact({ value: d, unit: period }, loc), cells: series.map((s, i) => cell(at[i]!.get(d), s)) })),
      note: tx.t('figure.data.all'),
    };
  }
  const groups = new Map<string, { last: (number | undefined)[]; hi: number; lo: number }>();
  series.forEach((s, i) => {
    for (const p of s.points) {
      const key = periodOf(p.date, by);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { last: series.map(() => undefined), hi: -Infinity, lo: Infinity }));
      g.last[i] = p.value;
      if (i === 0) {
        g.hi = Math.max(g.hi, p.value);
        g.lo = Math.min(g.lo, p.value);
      }
    }
  });
  const one = series.length === 1;
  const s0 = series[0]!;
  const columns = [tx.t(`figure.data.${by}`), ...names, ...(one ? [tx.t('figure.data.periodHigh', { name: names[0]! }), tx.t('figure.data.periodLow', { name: names[0]! })] : [])];
  const rows = [...groups.keys()].sort().map((key) => {
    const g = groups.get(key)!;
    const head = by === 'month' ? formatFact({ value: `${key}-01`, unit: 'month' }, loc) : formatFact({ value: Number(key), unit: 'year' }, loc);
    return { head, cells: [...series.map((s, i) => cell(g.last[i], s)), ...(one ? [cell(g.hi, s0), cell(g.lo, s0)] : [])] };
  });
  return { columns, rows, note: tx.t(by === 'month' ? 'figure.data.monthEnd' : 'figure.data.yearEnd') };
}

/** The reading of chart `id` in the page's language. */
export function chartReading(id: string, r: Report, tx: ReportText): ChartReading {
  const d: Drawn = drawnData(id, r);
  const loc: Locale = tx.locale;
  const k = (name: string) => `figures.${id}.${name}`;
  if (d.kind === 'time') {
    if (d.series.length === 0) return { description: '', keyPoints: [], table: { columns: [], rows: [], note: '' } };
    return { ...timeReading(id, d.series, r, tx), table: timeTable(d.series, tx) };
  }
  if (d.kind === 'categories') {
    if (d.items.length === 0) return { description: '', keyPoints: [], table: { columns: [], rows: [], note: '' } };
    const max = d.items.reduce((a, b) => (b.value > a.value ? b : a));
    const min = d.items.reduce((a, b) => (b.value < a.value ? b : a));
    const lab = (item: typeof max, at: string) => (typeof item.label === 'number' ? tx.t('desc.lag', { lag: tx.fact(k(at)) }) : label(item.label, tx));
    const description = tx.t('desc.categories', {
      items: tx.fact(k('items')),
      maxLabel: lab(max, 'maxAt'),
      max: tx.fact(k('max')),
      minLabel: lab(min, 'minAt'),
      min: tx.fact(k('min')),
    });
    const key = (item: typeof max, at: string, v: string, text: 'figure.key.max' | 'figure.key.min'): KeyPoint => ({
      x: typeof item.label === 'number' ? item.label : item.label[loc],
      y: item.value,
      label: tx.t(text, { label: lab(item, at), value: tx.fact(k(v)) }),
    });
    return {
      description,
      keyPoints: [key(max, 'maxAt', 'max', 'figure.key.max'), key(min, 'minAt', 'min', 'figure.key.min')],
      table: {
        columns: [tx.t(d.axis), tx.t(d.name)],
        rows: d.items.map((i) => ({ head: label(i.label, tx), cells: [formatFact({ value: i.value, unit: d.unit }, loc)] })),
        note: tx.t('figure.data.all'),
      },
    };
  }
  if (d.bins.length === 0) return { description: '', keyPoints: [], table: { columns: [], rows: [], note: '' } };
  const pct = (v: number) => formatFact({ value: v, unit: 'pct' }, loc);
  const mode = d.bins.reduce((a, b) => (b.count > a.count ? b : a));
  return {
    description: tx.t('desc.bins', {
      days: tx.fact(k('days')),
      lo: tx.fact(k('lo')),
      hi: tx.fact(k('hi')),
      modeFrom: tx.fact(k('modeFrom')),
      modeTo: tx.fact(k('modeTo')),
      modeDays: tx.fact(k('modeDays')),
    }),
    keyPoints: [
      {
        x: (mode.x0 + mode.x1) / 2,
        y: mode.count,
        label: tx.t('figure.key.max', { label: tx.t('figure.data.range', { from: tx.fact(k('modeFrom')), to: tx.fact(k('modeTo')) }), value: tx.fact(k('modeDays')) }),
      },
    ],
    table: {
      columns: [tx.t('figure.data.bin'), tx.t(d.name)],
      rows: d.bins.map((b) => ({ head: tx.t('figure.data.range', { from: pct(b.x0), to: pct(b.x1) }), cells: [formatFact({ value: b.count, unit: 'count' }, loc)] })),
      note: tx.t('figure.data.all'),
    },
  };
}
