import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/lib/report/fact';
import { summaryOf } from '../../../src/lib/report/summary';

/** Facts of a made-up edition, by key; units as the report gives them. */
function lookup(over: Record<string, Fact['value']> = {}) {
  const base: Record<string, [Fact['value'], Fact['unit']]> = {
    'overview.key.ytd.value': [0.05, 'pct'],
    'overview.key.fromAth': [-0.2, 'pct'],
    'overview.key.atAth': [false, 'flag'],
    'statistics.ytd.volatility': [0.2, 'pct'],
    'statistics.prevYear.volatility': [0.2, 'pct'],
    'statistics.risk.maxDrawdown': [-0.1, 'pct'],
    'statistics.risk.recovered': ['yes', 'word'],
    'statistics.returns.excessKurtosis': [1.5, 'ratio'],
    'statistics.periods.y5Ann': [0.05, 'pct'],
    'statistics.periods.m1': [0.01, 'pct'],
    'statistics.periods.y10Ann': [null, 'pct'],
    'statistics.risk.volatility': [0.2, 'pct'],
  };
  const facts = new Map(Object.entries(base).map(([k, [value, unit]]) => [k, { value: k in over ? over[k]! : value, unit } as Fact]));
  return (k: string) => facts.get(k);
}

describe('summaryOf(facts)', () => {
  it('keeps the three topics the data make most remarkable, told in a fixed order', () => {
    // A 40 % year (weight 4), volatility doubled (weight ln 2 / ln 1.25 ≈ 3.1), a 45 % drawdown (3): these three.
    const s = summaryOf(lookup({ 'overview.key.ytd.value': 0.4, 'statistics.ytd.volatility': 0.4, 'statistics.risk.maxDrawdown': -0.45, 'statistics.risk.recovered': 'no' }));
    expect(s.sentences.map((x) => x.key)).toEqual(['summary.s.level.up', 'summary.s.volatility.higher', 'summary.s.drawdown.open']);
  });

  it('chooses the words from the data: a fall, an all-time high, lower volatility, thin tails', () => {
    const s = summaryOf(
      lookup({
        'overview.key.ytd.value': -0.3,
        'overview.key.atAth': true,
        'overview.key.fromAth': 0,
        'statistics.ytd.volatility': 0.1,
        'statistics.returns.excessKurtosis': -0.2,
      }),
    );
    expect(s.sentences.map((x) => x.key)).toEqual(['summary.s.level.down', 'summary.s.peak.at', 'summary.s.volatility.lower']);
  });

  it('weighs the distance from the high both ways: close to it and far below it say more than in between', () => {
    const near = summaryOf(lookup({ 'overview.key.fromAth': -0.01 })).sentences.find((x) => x.topic === 'peak')!;
    const mid = summaryOf(lookup({ 'overview.key.fromAth': -0.15 })).sentences.find((x) => x.topic === 'peak')!;
    const far = summaryOf(lookup({ 'overview.key.fromAth': -0.6 })).sentences.find((x) => x.topic === 'peak')!;
    // 0.05 / 0.01 = 5; 0.6 / 0.3 = 2; at 0.15 the larger of 0.05 / 0.15 and 0.15 / 0.3 is 0.5.
    expect(near.weight).toBeCloseTo(5, 6);
    expect(far.weight).toBeCloseTo(2, 6);
    expect(mid.weight).toBeCloseTo(0.5, 6);
  });

  it('leaves out a topic or a table row whose facts the edition lacks', () => {
    const s = summaryOf(lookup({ 'statistics.prevYear.volatility': null }));
    expect(s.sentences.some((x) => x.topic === 'volatility')).toBe(false);
    expect(s.sentences).toHaveLength(3);
    expect(s.returns.map((r) => r.fact)).toEqual(['statistics.periods.m1', 'statistics.periods.y5Ann']);
    expect(s.risk.map((r) => r.fact)).toEqual(['statistics.risk.volatility', 'statistics.risk.maxDrawdown']);
    expect(s.panels).toEqual([]);
    expect(s.weights).toBeNull();
  });

  it('lists the five largest index weights from their facts, named by their codes, and says when they are of an earlier day', () => {
    const weights: Record<string, Fact['value']> = { 'constituents.weights.available': true, 'constituents.weights.endsBeforeEdition': true };
    const codes = ['6857', '9983', '8035', '9984', '6762', '4063'];
    codes.forEach((c, i) => {
      weights[`constituents.weights.top.r${i + 1}.code`] = c;
      weights[`constituents.weights.top.r${i + 1}.weight`] = 0.12 - i * 0.01;
    });
    const facts = new Map(Object.entries(weights).map(([k, v]) => [k, { value: v, unit: typeof v === 'number' ? 'pct' : typeof v === 'boolean' ? 'flag' : 'word' } as Fact]));
    const names: Record<string, string> = { '6857': 'アドバンテスト', '9983': 'ファーストリテイリング' };
    const s = summaryOf(
      (k) => facts.get(k) ?? lookup()(k),
      (code) => names[code],
    );
    expect(s.weights!.rows.map((r) => [r.rank, r.code, r.name, r.fact])).toEqual([
      [1, '6857', 'アドバンテスト', 'constituents.weights.top.r1.weight'],
      [2, '9983', 'ファーストリテイリング', 'constituents.weights.top.r2.weight'],
      [3, '8035', '8035', 'constituents.weights.top.r3.weight'],
      [4, '9984', '9984', 'constituents.weights.top.r4.weight'],
      [5, '6762', '6762', 'constituents.weights.top.r5.weight'],
    ]);
    expect(s.weights!.endsBeforeEdition).toBe(true);
    facts.set('constituents.weights.endsBeforeEdition', { value: false, unit: 'flag' });
    expect(summaryOf((k) => facts.get(k) ?? lookup()(k)).weights!.endsBeforeEdition).toBe(false);
    // An edition before the weights' data: no block.
    facts.set('constituents.weights.available', { value: false, unit: 'flag' });
    expect(summaryOf((k) => facts.get(k) ?? lookup()(k)).weights).toBeNull();
  });
});
