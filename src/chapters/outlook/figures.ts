import { keyWith, type StringKey } from '../../lib/i18n/t';
import type { FactKey } from '../../lib/report/fact-keys';
import { outlookDrawn } from './drawn';
import { lookupFact, type Fact, factKey } from '../../lib/report/fact';
import type { FigureDef } from '../../lib/report/figure-def';
import type { Report } from '../../lib/report/report';
import { fact, text, type Cell, type TableModel } from '../../lib/report/table-model';

const series = (header: string[], points: { date: string; value: number }[]) => ({ header, rows: points.map((p) => [p.date, p.value]) });

/** A reading cell: the words the fact's value stands for (`outlook.reading.<value>`). */
const reading = (f: Fact): Cell => text(keyWith('outlook.reading.', String(f.value), 'an outlook reading'));

/** The dashboard's indicators as [label, value fact key]: a row whose value this edition lacks is left out. */
const DASHBOARD_VALUES = [
  ['outlook.row.trend', 'outlook.trend.gap'],
  ['outlook.row.slope', 'outlook.trend.slopeChange'],
  ['outlook.row.volatility', 'outlook.volatility.percentile'],
  ['outlook.row.drawdown', 'outlook.drawdown.depth'],
  ['outlook.row.boj', 'outlook.boj.change'],
  ['outlook.row.policy', 'outlook.policy.rate'],
  ['outlook.row.jgb', 'outlook.jgb.change'],
] as const;

/** Whether the edition has a value for every dashboard indicator (otherwise rows are left out and the caption says so). */
const dashboardComplete = (r: Report) => DASHBOARD_VALUES.every(([, k]) => r.index.get(k)?.value !== null && r.index.get(k)?.value !== undefined);

function dashboardTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  const row = (label: StringKey, value: Cell, read: Cell, vars?: Record<string, Fact>) => ({ label: text(label, vars), cells: [value, read] });
  const rows = [
    row('outlook.row.trend', fact(f('outlook.trend.gap'), { signed: true }), reading(f('outlook.trend.position'))),
    row('outlook.row.slope', fact(f('outlook.trend.slopeChange'), { signed: true }), reading(f('outlook.trend.slope'))),
    row('outlook.row.volatility', fact(f('outlook.volatility.percentile'), { digits: 0 }), reading(f('outlook.volatility.regime'))),
    row('outlook.row.drawdown', fact(f('outlook.drawdown.depth')), text('outlook.reading.fromPeak', { date: f('outlook.drawdown.peakDate') })),
    row('outlook.row.boj', fact(f('outlook.boj.change'), { signed: true }), reading(f('outlook.boj.direction')), { date: f('outlook.boj.month') }),
    row('outlook.row.policy', fact(f('outlook.policy.rate')), reading(f('outlook.policy.direction'))),
    row('outlook.row.jgb', fact(f('outlook.jgb.change'), { signed: true }), reading(f('outlook.jgb.direction')), { date: f('outlook.jgb.month') }),
  ];
  return {
    id: 'outlook-dashboard',
    columns: [{ key: 'outlook.col.indicator' }, { key: 'col.value' }, { key: 'outlook.col.reading' }],
    rows: rows.filter((_, i) => f(factKey((DASHBOARD_VALUES[i] as readonly [string, string])[1])).value !== null),
  };
}

const IDEAS = ['defensive', 'buyDip', 'financials', 'yenHedge', 'straddle'] as const;

function ideasTable(_r: Report, f: (k: FactKey) => Fact): TableModel {
  return {
    id: 'outlook-ideas',
    // Five columns of prose: on a phone the table scrolls rather than squeezing words into slivers.
    minWidth: 44,
    columns: [{ key: 'outlook.col.idea' }, { key: 'outlook.col.logic' }, { key: 'outlook.col.when' }, { key: 'outlook.col.risk' }, { key: 'outlook.col.today' }],
    rows: IDEAS.map((id) => ({
      label: text(`outlook.idea.${id}.name`),
      cells: [text(`outlook.idea.${id}.logic`), text(`outlook.idea.${id}.when`), text(`outlook.idea.${id}.risk`), reading(f(`outlook.ideas.${id}`))],
    })),
  };
}

/** The Outlook chapter's figures and tables in reading order. */
export const outlookFigures = [
  {
    id: 'outlook-dashboard',
    kind: 'table',
    source: 'outlook',
    table: dashboardTable,
    captionKey: (r) => (dashboardComplete(r) ? 'tab.outlook-dashboard.caption' : 'tab.outlook-dashboard.captionPartial'),
  },
  {
    id: 'outlook-trend',
    kind: 'chart',
    drawn: outlookDrawn['outlook-trend'],
    source: 'n225',
    csv: (r) => {
      const avg = new Map(r.datasets.outlook.trend.average.map((p) => [p.date, p.value]));
      return { header: ['date', 'n225_close', 'average_200d'], rows: r.datasets.outlook.trend.close.map((p) => [p.date, p.value, avg.get(p.date) ?? '']) };
    },
  },
  {
    id: 'outlook-volatility',
    kind: 'chart',
    drawn: outlookDrawn['outlook-volatility'],
    source: 'n225',
    csv: (r) => series(['date', 'volatility_20d_annualised'], r.datasets.outlook.volatility),
  },
  {
    id: 'outlook-ideas',
    kind: 'table',
    source: 'outlookIdeas',
    // The ideas are named after the 2025 BOJ-assets note only in editions dated after its publication.
    sourceKey: (r) => (lookupFact(r.index, 'methodology.register.documents.boj2025.known').value === true ? 'seed000' : 'outlookIdeas'),
    table: ideasTable,
  },
] as const satisfies readonly FigureDef[];
