import type { DatedValue } from '../data/series';
import type { StringKey } from '../i18n/t';
import type { Fact } from './fact';

/**
 * The report's one-page summary, chosen from the edition's facts: the return and risk rows that exist in
 * this edition, the statistics window's closes for a small trend line, and the three sentences the data
 * make most worth saying. It holds fact keys and string keys only; the component writes them in a
 * language. Further blocks of facts (valuation) join through `SUMMARY_PANELS`; the largest index weights
 * are a block of their own, as their rows are named by the companies.
 */

/** A row of the summary's tables: a UI string for its label and the fact it shows. */
export interface SummaryRow {
  label: StringKey;
  fact: string;
  signed?: boolean;
}

/** One sentence: a UI string key and the facts (or fact keys) its placeholders take. */
export interface SummarySentence {
  /** What the sentence is about, for tests and ordering. */
  topic: SummaryTopic;
  key: StringKey;
  /** How remarkable the data make it: 1 is ordinary, higher says more (unitless). */
  weight: number;
}

export type SummaryTopic = 'level' | 'peak' | 'volatility' | 'drawdown' | 'tails' | 'longRun';

/**
 * A further block of the summary (valuation, top weights, sectors …), shown when `available` says its
 * facts exist in the edition. Add one here with its fact keys and a UI string per row.
 */
export interface SummaryPanel {
  id: string;
  title: StringKey;
  rows: SummaryRow[];
  available: (facts: FactLookup) => boolean;
}
export const SUMMARY_PANELS: readonly SummaryPanel[] = [
  // Valuation (Statistics chapter): Nikkei's PER on forecast earnings, PBR and dividend yield, in editions with ten years of them.
  {
    id: 'valuation',
    title: 'summary.valuation.title',
    rows: [
      { label: 'summary.valuation.per', fact: 'valuation.per.latest' },
      { label: 'summary.valuation.perP10y', fact: 'valuation.per.p10y' },
      { label: 'summary.valuation.pbr', fact: 'valuation.pbr.latest' },
      { label: 'summary.valuation.dy', fact: 'valuation.dy.latest' },
    ],
    available: (f) => f('valuation.tenYears')?.value === true,
  },
];

/** Reads a fact by key, or undefined when the edition has none. */
export type FactLookup = (key: string) => Fact | undefined;

/** How many of the largest index weights the summary lists. */
export const SUMMARY_TOP_WEIGHTS = 5;

/**
 * The largest index weights (Constituents chapter): each row a company, named as Nikkei names it, and the
 * fact of its weight (a fraction of the index) on the weights' own date, `constituents.weights.last`.
 */
export interface SummaryWeights {
  rows: { rank: number; code: string; name: string; fact: string }[];
  /** The weights are of a day before the edition's (the constituent closes in the data end earlier): the block says so. */
  endsBeforeEdition: boolean;
}

/** What the summary shows. */
export interface Summary {
  returns: SummaryRow[];
  risk: SummaryRow[];
  sentences: SummarySentence[];
  panels: SummaryPanel[];
  /** The largest weights, in editions that compute weights (`constituents.weights.available`); else null. */
  weights: SummaryWeights | null;
}

const RETURN_ROWS: SummaryRow[] = [
  { label: 'summary.period.m1', fact: 'statistics.periods.m1', signed: true },
  { label: 'summary.period.m3', fact: 'statistics.periods.m3', signed: true },
  { label: 'summary.period.m6', fact: 'statistics.periods.m6', signed: true },
  { label: 'summary.period.ytd', fact: 'statistics.periods.ytd', signed: true },
  { label: 'summary.period.y1', fact: 'statistics.periods.y1', signed: true },
  { label: 'summary.period.y3Ann', fact: 'statistics.periods.y3Ann', signed: true },
  { label: 'summary.period.y5Ann', fact: 'statistics.periods.y5Ann', signed: true },
  { label: 'summary.period.y10Ann', fact: 'statistics.periods.y10Ann', signed: true },
];
const RISK_ROWS: SummaryRow[] = [
  { label: 'summary.risk.volatility', fact: 'statistics.risk.volatility' },
  { label: 'summary.risk.downside', fact: 'statistics.risk.downsideDeviation' },
  { label: 'summary.risk.maxDrawdown', fact: 'statistics.risk.maxDrawdown', signed: true },
  { label: 'summary.risk.var95', fact: 'statistics.risk.var95' },
  { label: 'summary.risk.sharpe', fact: 'statistics.risk.sharpe' },
];

const num = (f: Fact | undefined): number | null => (f && typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : null);

/**
 * The largest weights of an edition, from the facts `constituents.weights.top.r<rank>.{code,weight}`;
 * `companyName` names a TSE code (the weights' own data hold the names), falling back to the code.
 */
function topWeights(lookup: FactLookup, companyName: (code: string) => string | undefined): SummaryWeights | null {
  if (lookup('constituents.weights.available')?.value !== true) return null;
  const rows: SummaryWeights['rows'] = [];
  for (let rank = 1; rank <= SUMMARY_TOP_WEIGHTS; rank += 1) {
    const code = lookup(`constituents.weights.top.r${rank}.code`)?.value;
    const fact = `constituents.weights.top.r${rank}.weight`;
    if (typeof code !== 'string' || num(lookup(fact)) === null) break;
    rows.push({ rank, code, name: companyName(code) ?? code, fact });
  }
  return rows.length === 0 ? null : { rows, endsBeforeEdition: lookup('constituents.weights.endsBeforeEdition')?.value === true };
}

/**
 * The summary of an edition. Rows whose fact is missing or empty are left out. Sentences: every topic
 * the data support is weighed (how far the year's move, the distance from the high, the change in
 * volatility, the drawdown, the tails and the long-run return are from the ordinary), the three heaviest
 * are kept and told in a fixed order (level first, then risk, then the long run). The weights are
 * ratios to a yardstick: a 10 % move, a 5 % distance from the high, a quarter more or less volatility,
 * a 15 % drawdown, excess kurtosis 3, a 10 % annual return.
 */
export function summaryOf(lookup: FactLookup, companyName: (code: string) => string | undefined = () => undefined): Summary {
  const present = (r: SummaryRow) => num(lookup(r.fact)) !== null;
  const candidates: SummarySentence[] = [];
  const ytd = num(lookup('overview.key.ytd.value'));
  if (ytd !== null) candidates.push({ topic: 'level', key: ytd >= 0 ? 'summary.s.level.up' : 'summary.s.level.down', weight: Math.abs(ytd) / 0.1 });
  const fromAth = num(lookup('overview.key.fromAth'));
  if (fromAth !== null) {
    const atHigh = lookup('overview.key.atAth')?.value === true;
    candidates.push({
      topic: 'peak',
      key: atHigh ? 'summary.s.peak.at' : 'summary.s.peak.below',
      weight: atHigh ? 3 : Math.max(0.05 / Math.max(Math.abs(fromAth), 0.005), Math.abs(fromAth) / 0.3),
    });
  }
  const vol = num(lookup('statistics.ytd.volatility'));
  const prevVol = num(lookup('statistics.prevYear.volatility'));
  if (vol !== null && prevVol !== null && prevVol > 0) {
    candidates.push({
      topic: 'volatility',
      key: vol >= prevVol ? 'summary.s.volatility.higher' : 'summary.s.volatility.lower',
      weight: Math.abs(Math.log(vol / prevVol)) / Math.log(1.25),
    });
  }
  const dd = num(lookup('statistics.risk.maxDrawdown'));
  if (dd !== null && dd < 0) {
    const recovered = lookup('statistics.risk.recovered')?.value === 'yes';
    candidates.push({ topic: 'drawdown', key: recovered ? 'summary.s.drawdown.recovered' : 'summary.s.drawdown.open', weight: Math.abs(dd) / 0.15 });
  }
  const kurt = num(lookup('statistics.returns.excessKurtosis'));
  if (kurt !== null) candidates.push({ topic: 'tails', key: kurt > 0 ? 'summary.s.tails.fat' : 'summary.s.tails.thin', weight: Math.abs(kurt) / 3 });
  const y5 = num(lookup('statistics.periods.y5Ann'));
  if (y5 !== null) candidates.push({ topic: 'longRun', key: y5 >= 0 ? 'summary.s.longRun.up' : 'summary.s.longRun.down', weight: Math.abs(y5) / 0.1 });
  const order: SummaryTopic[] = ['level', 'peak', 'volatility', 'drawdown', 'tails', 'longRun'];
  const chosen = [...candidates].sort((a, b) => b.weight - a.weight || order.indexOf(a.topic) - order.indexOf(b.topic)).slice(0, 3);
  return {
    returns: RETURN_ROWS.filter(present),
    risk: RISK_ROWS.filter(present),
    sentences: chosen.sort((a, b) => order.indexOf(a.topic) - order.indexOf(b.topic)),
    panels: SUMMARY_PANELS.filter((p) => p.available(lookup)),
    weights: topWeights(lookup, companyName),
  };
}

/** The closes a summary's trend line draws: the statistics window's, as the report's datasets hold them. */
export type SummaryTrend = readonly DatedValue[];
