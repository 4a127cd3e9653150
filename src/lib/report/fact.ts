/**
 * A fact is one figure the report states, with the unit that decides how it is written.
 * Units and their natural value: `pct` a fraction (0.0491 = 4.91 %); `pts` index points; `ratio`
 * a dimensionless number (Sharpe, skewness); `count` an integer; `year` a calendar year; `date` an
 * ISO date; `month` an ISO date naming its month (a monthly observation: written "2026年8月" / "Aug 2026");
 * `quarter` an ISO date naming its quarter (written "2026年第2季度" / "2026 Q2"); `percentile` a percentile
 * rank as a fraction (0.79: the value is at the 79th percentile of its history, written "第79百分位" /
 * "79th percentile", never with "%"); `word` a data-dependent choice such as 'up' | 'down' that prose turns into words.
 */
import type { FactKey } from './fact-keys';

export type Unit = 'pct' | 'percentile' | 'pts' | 'ratio' | 'count' | 'year' | 'date' | 'month' | 'quarter' | 'word' | 'flag';

export interface Fact<V = number | string | boolean | null> {
  readonly value: V;
  readonly unit: Unit;
}

export const pct = (value: number | null): Fact<number | null> => ({ value, unit: 'pct' });
/** A percentile rank (fraction of the values at or below, 0–1), written as an ordinal percentile. */
export const percentile = (value: number | null): Fact<number | null> => ({ value, unit: 'percentile' });
export const pts = (value: number | null): Fact<number | null> => ({ value, unit: 'pts' });
export const ratio = (value: number | null): Fact<number | null> => ({ value, unit: 'ratio' });
export const count = (value: number): Fact<number> => ({ value, unit: 'count' });
export const year = <V extends number | null>(value: V): Fact<V> => ({ value, unit: 'year' });
export const date = (value: string | null): Fact<string | null> => ({ value, unit: 'date' });
export const month = (value: string | null): Fact<string | null> => ({ value, unit: 'month' });
export const quarter = (value: string | null): Fact<string | null> => ({ value, unit: 'quarter' });
export const word = <W extends string>(value: W): Fact<W> => ({ value, unit: 'word' });
export const flag = (value: boolean): Fact<boolean> => ({ value, unit: 'flag' });

/** A tree of facts: plain objects whose leaves are facts. */
export interface FactTree {
  readonly [key: string]: Fact | FactTree;
}

/** Whether a fact tree's `available` flag is true (a tree without one counts as unavailable). */
export const isAvailable = (t: unknown): boolean => ((t as { available?: Fact }).available?.value ?? false) === true;

export function isFact(x: unknown): x is Fact {
  return typeof x === 'object' && x !== null && 'unit' in x && 'value' in x;
}

/** Every fact under its dotted key, e.g. `statistics.window.high.value`, in tree order. */
export function flattenFacts(tree: FactTree, prefix = ''): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isFact(v)) out.set(key, v);
    else for (const [kk, vv] of flattenFacts(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The same tree with plain values in place of facts: the shape of the public facts.json. */
export function plainFacts(tree: FactTree): unknown {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, isFact(v) ? v.value : plainFacts(v)]));
}

/**
 * Looks a fact up by dotted key (a {@link FactKey}: the compiler checks a literal key against the schema;
 * a key built at run time is asserted with {@link factKey}); an unknown key is an error that names the
 * key and its nearest known neighbours.
 */
export function lookupFact(facts: ReadonlyMap<string, Fact>, key: FactKey): Fact {
  const f = facts.get(key);
  if (f) return f;
  const stem = key.split('.').slice(0, -1).join('.');
  const near = [...facts.keys()].filter((k) => k.startsWith(stem)).slice(0, 8);
  throw new Error(`Unknown fact "${key}".${near.length ? ` Known keys near it: ${near.join(', ')}` : ''}`);
}

/** A key built at run time (from an id or a segment), for lookups the compiler cannot check; the lookup still fails on an unknown key. */
export function factKey(key: string): FactKey {
  return key as FactKey;
}
