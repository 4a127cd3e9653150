import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartReading } from '../../../src/lib/charts/chart-reading';
import { formatFact } from '../../../src/lib/report/format-fact';
import { reportText } from '../../../src/lib/report/report-text';
import { t, type StringKey } from '../../../src/lib/i18n/t';
import { CHART_IDS, drawnData } from '../../../src/lib/report/figure-list';
import { seriesFacts } from '../../../src/lib/report/figure-drawn-facts';
import { buildReport, type Report } from '../../../src/lib/report/report';
import { loadReportInputs } from '../../../src/lib/report/report-fs';

const DATA = path.join(__dirname, '../../../data');
let editions: Report[];

beforeAll(() => {
  const inputs = loadReportInputs(DATA);
  // Pinned editions: a recent one, the seed report's, and an early one whose macro data are short or missing.
  editions = ['2026-06-30', '2022-06-30', '2012-06-29'].map((d) => buildReport(inputs, d));
});

/**
 * The numbers a text states that are not facts: every written form of `facts` (as prose writes them, and
 * as magnitudes) and every `labels` text (series and category names such as "Nikkei 225") are taken out
 * first; any digit left is a number that no fact stands behind.
 */
function unfactedNumbers(text: string, facts: readonly string[], labels: readonly string[]): string[] {
  let rest = text;
  for (const s of [...facts, ...labels].filter((x) => x !== '').sort((a, b) => b.length - a.length)) rest = rest.split(s).join(' ');
  return rest.match(/[\d][\d,.]*%?/g) ?? [];
}

describe('unfactedNumbers(text, facts, labels)', () => {
  it('finds a number no fact stands behind, and nothing else', () => {
    expect(unfactedNumbers('High 72,366.34 (Jun 25, 2026), up 12% on Nikkei 225', ['72,366.34', 'Jun 25, 2026'], ['Nikkei 225'])).toEqual(['12%']);
    expect(unfactedNumbers('High 72,366.34 (Jun 25, 2026)', ['72,366.34', 'Jun 25, 2026'], [])).toEqual([]);
  });
});

describe('chartReading(id, report, tx)', () => {
  it('states in its long description only numbers that are facts of its own chart, in every edition and language', () => {
    let described = 0;
    for (const r of editions) {
      for (const locale of ['zh', 'en'] as const) {
        const tx = reportText(locale, r);
        for (const id of CHART_IDS) {
          const { description } = chartReading(id, r, tx);
          if (!description) continue;
          described += 1;
          const own = [...r.index.entries()]
            .filter(([k]) => k.startsWith(`figures.${id}.`))
            .map(([, f]) => f)
            .filter((f) => f.unit !== 'word' && f.unit !== 'flag');
          const written = own.flatMap((f) => [formatFact(f, locale), formatFact(f, locale, { abs: true })]);
          const d = drawnData(id, r);
          const labels =
            d.kind === 'time'
              ? d.series.map((s) => t(locale, s.name as StringKey))
              : d.kind === 'categories'
                ? d.items.flatMap((i) => (typeof i.label === 'number' ? [] : [i.label[locale]]))
                : [];
          expect(unfactedNumbers(description, written, labels), `${id} ${r.edition.asOf} ${locale}: ${description}`).toEqual([]);
        }
      }
    }
    expect(described).toBeGreaterThan(40);
  });

  it('names the range, the extremes with their dates, the trend and the latest value of a line', () => {
    const r = editions[0]!;
    const { description, keyPoints } = chartReading('statistics-trend', r, reportText('en', r));
    const f = (k: string) => formatFact(r.index.get(`figures.statistics-trend.s0.${k}`)!, 'en');
    for (const k of ['from', 'to', 'high', 'highAt', 'low', 'lowAt', 'first', 'last']) expect(description, k).toContain(f(k));
    expect(description).toMatch(/^From .+ to .+\. Nikkei 225: high .+; first .+, latest .+\. (Up|Down) \d/);
    expect(keyPoints.map((p) => p.label.split(':')[0])).toEqual(['High', 'Low', 'Latest']);
    expect(keyPoints[0]!.y).toBe(r.index.get('figures.statistics-trend.s0.high')!.value);
  });

  it('summarises a long daily series to month or year ends in its table, every point of a short one', () => {
    const r = editions[0]!;
    const tx = reportText('zh', r);
    const trend = chartReading('statistics-trend', r, tx).table;
    expect(trend.columns[0]).toBe('月份');
    expect(trend.rows.length).toBeLessThanOrEqual(18);
    expect(trend.rows[trend.rows.length - 1]!.cells[0]).toBe(formatFact(r.index.get('figures.statistics-trend.s0.last')!, 'zh'));
    const history = chartReading('overview-history', r, tx).table;
    expect(history.columns[0]).toBe('年份');
    const lags = chartReading('macro-boj-lags', r, tx).table;
    expect(lags.rows.length).toBe(r.datasets.macro.boj.lags.filter((l) => l.r !== null).length);
  });
});

describe('seriesFacts(series)', () => {
  it('finds the first high and low, the span and the change of a small series (by hand)', () => {
    const f = seriesFacts({
      name: 'chart.n225',
      unit: 'pts',
      period: 'date',
      points: [
        { date: '2024-01-04', value: 100 },
        { date: '2024-01-05', value: 120 },
        { date: '2024-01-08', value: 90 },
        { date: '2024-01-09', value: 120 },
        { date: '2024-01-10', value: 110 },
      ],
    }) as Record<string, { value: unknown; unit: string }>;
    expect(f.from!.value).toBe('2024-01-04');
    expect(f.to!.value).toBe('2024-01-10');
    expect([f.high!.value, f.highAt!.value, f.low!.value, f.lowAt!.value]).toEqual([120, '2024-01-05', 90, '2024-01-08']);
    expect(f.change!.value).toBeCloseTo(0.1, 12);
    expect(f.change!.unit).toBe('pct');
    expect(f.direction!.value).toBe('up');
  });
});
