/**
 * What changed from one edition to the next, computed from the two editions' facts and nothing else
 * typed: the key figures old → new with the change, the words the data chose that turned, the figures
 * one edition shows and the other does not, the index's constituent changes effective between the two
 * dates and the revisions of historical values recorded in between. The public
 * `/data/changes/<from>_<to>.json` is this object; pages write it in a language.
 */
import type { ConstituentChange } from '../data/constituent-changes';
import type { KeyTail, StringKey } from '../i18n/t';
import type { Fact, Unit } from './fact';
import { FIGURES, figureShown } from './figure-list';
import type { Report } from './report';

/** A key figure of the comparison: the UI string that names it and the fact it reads. */
export interface KeyFigureDef {
  id: string;
  label: StringKey;
  fact: string;
}

/** The key figures compared, in the order a reader meets them (the summary's and the key-figure cards' labels). */
export const CHANGE_FIGURES: readonly KeyFigureDef[] = [
  { id: 'close', label: 'key.overview.lastClose', fact: 'overview.key.lastClose.value' },
  { id: 'ytd', label: 'summary.period.ytd', fact: 'overview.key.ytd.value' },
  { id: 'y1', label: 'key.overview.y1', fact: 'overview.key.y1.value' },
  { id: 'fromAth', label: 'key.overview.fromAth', fact: 'overview.key.fromAth' },
  { id: 'volatility', label: 'summary.risk.volatility', fact: 'statistics.risk.volatility' },
  { id: 'maxDrawdown', label: 'summary.risk.maxDrawdown', fact: 'statistics.risk.maxDrawdown' },
  { id: 'sharpe', label: 'summary.risk.sharpe', fact: 'statistics.risk.sharpe' },
  { id: 'per', label: 'summary.valuation.per', fact: 'valuation.per.latest' },
  { id: 'pbr', label: 'summary.valuation.pbr', fact: 'valuation.pbr.latest' },
  { id: 'dy', label: 'summary.valuation.dy', fact: 'valuation.dy.latest' },
];

/** The short list at the top of the Overview: close, year to date, drawdown and valuation. */
export const HEADLINE_FIGURES: readonly string[] = ['close', 'ytd', 'maxDrawdown', 'per'];

/**
 * Words the data choose that a reader follows from edition to edition, each named by a UI string
 * (`changes.word.<id>.label`, and `changes.word.<id>.<value>` for each of its words). A word outside
 * these values, or 'na' / 'unknown' (the data could not choose), is not compared.
 */
export const CHANGE_WORDS: readonly { id: ChangeWordId; fact: string }[] = [
  { id: 'ytd', fact: 'overview.key.ytd.direction' },
  { id: 'volatility', fact: 'statistics.ytd.volatilityVsPrevYear' },
  { id: 'tails', fact: 'statistics.returns.tails' },
  { id: 'recovered', fact: 'statistics.risk.recovered' },
  { id: 'linkage', fact: 'valuation.comparison.linkage' },
  { id: 'trend', fact: 'outlook.trend.position' },
  { id: 'slope', fact: 'outlook.trend.slope' },
  { id: 'regime', fact: 'outlook.volatility.regime' },
  { id: 'inflation', fact: 'economy.cpi.vsTarget' },
  { id: 'yen', fact: 'economy.fx.yen' },
  { id: 'policy', fact: 'outlook.policy.direction' },
  { id: 'jgb', fact: 'outlook.jgb.direction' },
  { id: 'boj', fact: 'outlook.boj.direction' },
];

/** A word followed across editions: one with a UI string `changes.word.<id>.label`. */
export type ChangeWordId = KeyTail<'changes.word.'> extends infer T ? (T extends `${infer Id}.label` ? Id : never) : never;

const NOT_CHOSEN = new Set(['na', 'unknown']);

/** One edition as the comparison names it. */
export interface EditionRef {
  id: string;
  asOf: string;
}

/** A key figure in both editions. `change` is new − old in the fact's unit (for `pct`, a fraction: 0.031 = 3.1 percentage points); `relative` is new / old − 1 for index points. */
export interface FigureChange {
  id: string;
  label: StringKey;
  fact: string;
  unit: Unit;
  from: number;
  to: number;
  change: number;
  relative: number | null;
}

export interface WordChange {
  id: ChangeWordId;
  fact: string;
  from: string;
  to: string;
}

/** A revision of a historical value recorded by the ingest (data/sources.json), as old and new canonical text. */
export interface Revision {
  series: string;
  date: string;
  old: string;
  new: string;
  /** When the revision was accepted (ISO timestamp). */
  ingestedAt: string;
}

export interface EditionChanges {
  from: EditionRef;
  to: EditionRef;
  figures: FigureChange[];
  words: WordChange[];
  /** Figure and table ids the new edition shows and the old did not, and the other way round. */
  appeared: string[];
  disappeared: string[];
  /** Constituent changes effective after the old as-of date, up to and including the new one. */
  constituents: { date: string; code: string; name: string; action: 'add' | 'delete' }[];
  /** Revisions of values dated up to the old edition, accepted after its as-of date (and by the new one's, unless it is the latest). */
  revisions: Omit<Revision, 'ingestedAt'>[];
}

const num = (f: Fact | undefined): number | null => (f && typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : null);

/**
 * The changes from edition `a` (older) to edition `b`, from their reports, the constituent-change
 * history and the recorded revisions. `bIsLatest`: the newer edition takes every revision since `a`.
 */
export function editionChanges(
  a: { ref: EditionRef; report: Report },
  b: { ref: EditionRef; report: Report; latest: boolean },
  history: readonly ConstituentChange[],
  revisions: readonly Revision[],
): EditionChanges {
  if (a.ref.asOf >= b.ref.asOf) throw new Error(`Edition ${a.ref.id} (${a.ref.asOf}) is not older than ${b.ref.id} (${b.ref.asOf})`);
  const figures: FigureChange[] = [];
  for (const d of CHANGE_FIGURES) {
    const f0 = a.report.index.get(d.fact);
    const f1 = b.report.index.get(d.fact);
    const [x0, x1] = [num(f0), num(f1)];
    if (x0 === null || x1 === null || !f1) continue;
    figures.push({ id: d.id, label: d.label, fact: d.fact, unit: f1.unit, from: x0, to: x1, change: x1 - x0, relative: f1.unit === 'pts' && x0 !== 0 ? x1 / x0 - 1 : null });
  }
  const words: WordChange[] = [];
  for (const w of CHANGE_WORDS) {
    const [v0, v1] = [a.report.index.get(w.fact)?.value, b.report.index.get(w.fact)?.value];
    if (typeof v0 !== 'string' || typeof v1 !== 'string' || NOT_CHOSEN.has(v0) || NOT_CHOSEN.has(v1) || v0 === v1) continue;
    words.push({ id: w.id, fact: w.fact, from: v0, to: v1 });
  }
  const shownIn = (r: Report) => new Set(FIGURES.filter((f) => figureShown(f, r)).map((f) => f.id));
  const [s0, s1] = [shownIn(a.report), shownIn(b.report)];
  const dayOf = (ts: string) => ts.slice(0, 10);
  return {
    from: a.ref,
    to: b.ref,
    figures,
    words,
    appeared: FIGURES.filter((f) => s1.has(f.id) && !s0.has(f.id)).map((f) => f.id),
    disappeared: FIGURES.filter((f) => s0.has(f.id) && !s1.has(f.id)).map((f) => f.id),
    constituents: history
      .filter((c) => c.date > a.ref.asOf && c.date <= b.ref.asOf)
      .map((c) => ({ date: c.date, code: c.code, name: c.name, action: c.action }))
      .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.action === y.action ? x.code.localeCompare(y.code) : x.action === 'delete' ? -1 : 1)),
    revisions: revisions
      .filter((r) => r.date <= a.ref.asOf && dayOf(r.ingestedAt) > a.ref.asOf && (b.latest || dayOf(r.ingestedAt) <= b.ref.asOf))
      .map(({ series, date, old, new: v }) => ({ series, date, old, new: v })),
  };
}
