import type { Report } from '../../lib/report/report';
import { bestLag } from './boj';
import { barSpec } from '../../lib/charts/bar-spec';
import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { macroFigures } from './figures';
import { dualAxisSpec } from '../../lib/charts/dual-axis-spec';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { stepLineSpec } from '../../lib/charts/step-spec';

const m = (r: Report) => r.datasets.macro;

/** Chart builders of the Macro chapter, by figure id. */
export const macroCharts = {
  'macro-boj-n225': (r, base, tx) => {
    const lv = m(r).boj.levels;
    return dualAxisSpec({
      ...base,
      left: { title: tx.label('chart.macro.bojAssets'), points: lv.map((p) => ({ date: p.date, value: p.boj })), format: ',.0f' },
      right: { title: tx.label('chart.n225MonthEnd'), points: lv.map((p) => ({ date: p.date, value: p.n225 })), format: ',.0f' },
    });
  },
  'macro-boj-rolling': (r, base, tx) =>
    multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.macro.rollingCorr'), points: m(r).boj.rolling }],
      yFormat: '.1f',
      baseline: 0,
      text: { yTitle: tx.label('chart.macro.rollingCorr') },
    }),
  'macro-boj-lags': (r, base, tx) => {
    const { lags, band } = m(r).boj;
    const best = bestLag(lags);
    return barSpec({
      ...base,
      bars: lags.map((l) => ({ key: l.lag, value: l.r })),
      x: { type: 'category' },
      ...(best ? { highlight: best.lag } : {}),
      references: band === null ? [] : [band, -band],
      yFormat: '.2f',
      text: { xTitle: tx.label('chart.macro.lagAxis'), yTitle: tx.label('chart.macro.correlation') },
    });
  },
  'macro-seed000-boj': (r, base, tx) => {
    const s = m(r).seed000;
    return multiLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.macro.seedTenDay'), points: s.rows.map((x) => ({ date: x.date, value: x.seedBoj })) },
        { name: tx.label('chart.macro.ourMonthEnd'), points: s.monthly },
      ],
      yFormat: ',.0f',
      text: { yTitle: tx.label('chart.macro.trillionYen') },
    });
  },
  'macro-rates': (r, base, tx) => {
    const d = m(r).rates;
    const hikes = d.hikes;
    const last = hikes[hikes.length - 1];
    return stepLineSpec({
      ...base,
      series: [
        { name: tx.label('chart.macro.jgb10y'), points: d.jgb10y },
        { name: tx.label('chart.macro.callRate'), points: d.callRate },
        { name: tx.label('chart.macro.policyRate'), points: d.policy, step: true },
      ].filter((s) => s.points.length > 0),
      events: hikes.map((h) => ({
        date: h.date,
        value: h.to,
        ...(h === last ? { label: tx.format(h.to, 'pct'), position: 'above' as const } : {}),
      })),
      yFormat: '.1%',
      baseline: 0,
      text: { yTitle: tx.label('chart.macro.ratePa') },
    });
  },
  'macro-etf': (r, base, tx) => {
    const ys = m(r).etf.years;
    const top = ys.reduce((a, y) => (y.amount > a.amount ? y : a), ys[0] as (typeof ys)[number]);
    return barSpec({
      ...base,
      bars: ys.map((y) => ({ key: String(y.year), value: y.amount })),
      x: { type: 'category' },
      highlight: String(top.year),
      yFormat: '.0f',
      text: { yTitle: tx.label('chart.macro.trillionYen') },
    });
  },
} satisfies ChartBuilders<typeof macroFigures>;
