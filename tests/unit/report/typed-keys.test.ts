/**
 * UI-string keys and chart builders are checked by the compiler, not at render time. The `@ts-expect-error`
 * lines below are part of the test: `npx tsc --noEmit` (in `npm test`) fails if any of them compiles,
 * that is if a misspelt key, a misspelt per-kind tail, a figure without its strings or a chart without
 * its builder were accepted.
 */
import { describe, expect, it } from 'vitest';
import type { ChartBuilder, ChartBuilders } from '../../../src/lib/charts/chart-builder';
import { keyWith, t, type KeyTail, type StringKey } from '../../../src/lib/i18n/t';
import type { FigureDef } from '../../../src/lib/report/figure-def';
import { EVERY_FIGURE_STRING_EXISTS, type FigureStringsCheck } from '../../../src/lib/report/figure-strings';
import { CHART_IDS } from '../../../src/lib/report/figure-list';

const noSpec: ChartBuilder = () => ({ mark: 'point', data: { values: [] } });

describe('UI-string keys', () => {
  it('are the default locale’s keys: a misspelt key does not compile', () => {
    const home: StringKey = 'nav.home';
    // @ts-expect-error -- misspelt key
    const misspelt: StringKey = 'nav.hoem';
    expect(t('en', home)).not.toBe('');
    expect(misspelt).toBe('nav.hoem');
  });

  it('built from a prefix and a typed tail need no cast, and a tail without a string does not compile', () => {
    const kind: KeyTail<'chart.overview.kind.'> = 'fall';
    // @ts-expect-error -- no UI string chart.overview.kind.rise
    const rise: KeyTail<'chart.overview.kind.'> = 'rise';
    expect(t('en', `chart.overview.kind.${kind}`)).not.toBe('');
    expect(rise).toBe('rise');
  });

  it('built from a value known only at run time go through keyWith, which names a key that does not exist', () => {
    expect(keyWith('verdict.', 'confirmed', 'a test')).toBe('verdict.confirmed');
    expect(() => keyWith('verdict.', 'maybe', 'methodology.register.checks.x.verdict')).toThrow('methodology.register.checks.x.verdict: no UI string "verdict.maybe"');
  });
});

describe('figure strings', () => {
  it('exist for every figure of every chapter (a compile-time check), and a figure without them does not compile', () => {
    expect(EVERY_FIGURE_STRING_EXISTS).toBe(true);
    expect(CHART_IDS.length).toBeGreaterThan(30);
    const known: FigureStringsCheck<(typeof CHART_IDS)[number], never> = true;
    // @ts-expect-error -- a chart "statistics-nonesuch" has no fig.statistics-nonesuch.title, .caption or .alt
    const unknown: FigureStringsCheck<'statistics-nonesuch', never> = true;
    expect([known, unknown]).toEqual([true, true]);
  });
});

describe('chart builders', () => {
  const figures = [
    { id: 'x-line', kind: 'chart', source: 'index', drawn: () => ({ kind: 'time', series: [] }), csv: () => ({ header: [], rows: [] }) },
    { id: 'x-table', kind: 'table', source: 'index', table: () => ({ id: 'x-table', columns: [], rows: [] }) },
  ] as const satisfies readonly FigureDef[];

  it('are one per chart of a figure list: none missing, none for a table or an unknown id', () => {
    const exact: ChartBuilders<typeof figures> = { 'x-line': noSpec };
    // @ts-expect-error -- the chart x-line has no builder
    const missing: ChartBuilders<typeof figures> = {};
    // @ts-expect-error -- x-table is a table, not a chart
    const forTable: ChartBuilders<typeof figures> = { 'x-line': noSpec, 'x-table': noSpec };
    expect(Object.keys(exact)).toEqual(figures.filter((f) => f.kind === 'chart').map((f) => f.id));
    expect([missing, forTable].length).toBe(2);
  });
});
