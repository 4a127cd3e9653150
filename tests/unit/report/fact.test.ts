import { describe, expect, it } from 'vitest';
import { date, factKey, flattenFacts, lookupFact, pct, plainFacts } from '../../../src/lib/report/fact';

const tree = { statistics: { ytd: { return: pct(-0.0833), end: date('2022-06-30') } } };

describe('facts', () => {
  it('flatten to dotted keys and to plain values for facts.json', () => {
    expect([...flattenFacts(tree).keys()]).toEqual(['statistics.ytd.return', 'statistics.ytd.end']);
    expect(plainFacts(tree)).toEqual({ statistics: { ytd: { return: -0.0833, end: '2022-06-30' } } });
  });

  it('fail on an unknown key, naming the known keys near it', () => {
    expect(() => lookupFact(flattenFacts(tree), factKey('statistics.ytd.retrun'))).toThrow(/Unknown fact "statistics.ytd.retrun".*statistics.ytd.return/);
  });
});
