import type { Report } from '../../lib/report/report';
import { barSpec } from '../../lib/charts/bar-spec';
import type { ChartBuilders } from '../../lib/charts/chart-builder';
import type { economyFigures } from './figures';
import { dualAxisSpec } from '../../lib/charts/dual-axis-spec';
import { multiLineSpec } from '../../lib/charts/line-spec';
import { stackedBarSpec } from '../../lib/charts/stacked-bar-spec';
import { PARTS } from './gdp-parts';

const m = (r: Report) => r.datasets.economy;

/** Chart builders of the Economy chapter, by figure id. */
export const economyCharts = {
  'economy-fx': (r, base, tx) => {
    const fx = m(r).fx;
    return dualAxisSpec({
      ...base,
      left: { title: tx.label('chart.economy.usdjpy'), points: fx.map((p) => ({ date: p.date, value: p.usdjpy })), format: ',.0f' },
      right: { title: tx.label('chart.n225MonthEnd'), points: fx.map((p) => ({ date: p.date, value: p.n225 })), format: ',.0f' },
    });
  },
  'economy-gdp': (r, base, tx) => {
    const g = m(r).gdp;
    return barSpec({
      ...base,
      bars: g.map((q) => ({ key: q.date, value: q.qoqAnn })),
      x: { type: 'time', unit: 'quarter' },
      highlight: g[g.length - 1]?.date as string,
      colourBySign: true,
      overlay: { name: tx.label('chart.economy.gdpYoy'), points: g.flatMap((q) => (q.yoy === null ? [] : [{ date: q.date, value: q.yoy }])) },
      yFormat: '.0%',
      text: { yTitle: tx.label('chart.economy.growth'), barsLabel: tx.label('chart.economy.gdpQoqAnn') },
    });
  },
  'economy-cpi': (r, base, tx) => {
    const inForce = r.index.get('economy.cpi.targetInForce')?.value === true;
    const target = r.index.get('economy.cpi.target')?.value as number;
    return multiLineSpec({
      ...base,
      series: [{ name: tx.label('chart.economy.cpiYoy'), points: m(r).cpi }],
      yFormat: '.0%',
      ...(inForce ? { baseline: target } : {}),
      text: { yTitle: tx.label('chart.economy.cpiYoy') },
    });
  },
  'economy-gdp-parts': (r, base, tx) => {
    const rows = m(r).gdpParts.rows;
    return stackedBarSpec({
      ...base,
      parts: PARTS.map((p) => ({ name: tx.label(`chart.economy.part.${p}`), points: rows.map((q) => ({ date: q.date, value: q.parts[p] })) })),
      total: { name: tx.label('chart.economy.gdpQoq'), points: rows.map((q) => ({ date: q.date, value: q.total })) },
      unit: 'quarter',
      yFormat: '.1f',
      text: { yTitle: tx.label('chart.economy.pp') },
    });
  },
  'economy-covid': (r, base, tx) => {
    const d = m(r).covid.daily;
    return dualAxisSpec({
      ...base,
      left: { title: tx.label('chart.economy.covidCases'), points: d.map((p) => ({ date: p.date, value: p.cases })), format: ',.0f' },
      right: { title: tx.label('chart.economy.n225Close'), points: d.map((p) => ({ date: p.date, value: p.n225 })), format: ',.0f' },
    });
  },
} satisfies ChartBuilders<typeof economyFigures>;
