import type { Series } from '../../lib/data/series';
import { month, pct, word, type FactTree } from '../../lib/report/fact';

/**
 * The risk-free rate of a window: the yen short rate actually paid over it, as an annual fraction.
 * Each calendar month of the window takes the uncollateralised overnight call rate (its monthly
 * average) where that series has the month, otherwise the BOJ's policy-rate target in force at the
 * month's last day on or before the window's end, where the policy series covers it. The rate is the
 * mean over the months so covered. When fewer than half the window's months are covered (the data hold
 * no short rate before October 1992, and the current month's call rate is not yet published) the
 * rate is 0, stated as a plain convention.
 */
export interface RiskFree {
  /** Annual fraction (0.005 = 0.5 % a year). */
  rate: number;
  /** Which series gave the months: the call rate, the policy target, the call rate then the policy target, or none (the convention). */
  source: 'call' | 'policy' | 'callThenPolicy' | 'none';
  /** First and last month averaged (null with the convention). */
  from: string | null;
  to: string | null;
  /** The call rate's last month used, when the policy target takes over after it. */
  callLast: string | null;
}

/** The zero-rate convention. */
export const ZERO_RISK_FREE: RiskFree = { rate: 0, source: 'none', from: null, to: null, callLast: null };

/** Share of the window's months the short-rate data must cover before their mean is used. */
export const RISK_FREE_MIN_COVERAGE = 0.5;

function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    if (m === 12) {
      m = 1;
      y += 1;
    } else m += 1;
  }
  return out;
}

/** Last day of month `ym` (YYYY-MM), as an ISO date. */
function monthLastDay(ym: string): string {
  const [y, m] = [Number(ym.slice(0, 4)), Number(ym.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The risk-free rate over [start, end] (ISO dates) from the call-rate (monthly, % a year) and
 * policy-rate (steps, % a year) series as the edition knows them. See {@link RiskFree}.
 */
export function riskFreeRate(call: Series, policy: Series, start: string, end: string): RiskFree {
  const callBy = new Map(call.dates.map((d, i) => [d.slice(0, 7), call.values[i] as number]));
  const policyFirst = policy.dates[0];
  const policyAt = (day: string): number | null => {
    if (policyFirst === undefined || day < policyFirst) return null;
    let v: number | null = null;
    for (let i = 0; i < policy.dates.length && (policy.dates[i] as string) <= day; i++) v = policy.values[i] as number;
    return v;
  };
  const months = monthsOf(start, end);
  const used: { month: string; value: number; kind: 'call' | 'policy' }[] = [];
  for (const m of months) {
    const c = callBy.get(m);
    if (c !== undefined) {
      used.push({ month: m, value: c, kind: 'call' });
      continue;
    }
    const last = monthLastDay(m);
    const p = policyAt(last < end ? last : end);
    if (p !== null) used.push({ month: m, value: p, kind: 'policy' });
  }
  if (months.length === 0 || used.length < RISK_FREE_MIN_COVERAGE * months.length) return ZERO_RISK_FREE;
  const kinds = new Set(used.map((u) => u.kind));
  const calls = used.filter((u) => u.kind === 'call');
  const source = kinds.size === 2 ? 'callThenPolicy' : kinds.has('call') ? 'call' : 'policy';
  return {
    rate: used.reduce((a, u) => a + u.value, 0) / used.length / 100,
    source,
    from: `${(used[0] as { month: string }).month}-01`,
    to: `${(used.at(-1) as { month: string }).month}-01`,
    callLast: source === 'callThenPolicy' ? `${(calls.at(-1) as { month: string }).month}-01` : null,
  };
}

/** The risk-free rate as facts: `rate` (pct), `source` (word), `from`/`to`/`callLast` (months, null with the convention). */
export function riskFreeFacts(rf: RiskFree): FactTree {
  return {
    rate: pct(rf.rate),
    source: word(rf.source),
    from: month(rf.from),
    to: month(rf.to),
    callLast: month(rf.callLast),
  };
}
