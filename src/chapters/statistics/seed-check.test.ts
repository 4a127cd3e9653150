import { describe, expect, it } from 'vitest';
import { verdictOf } from './seed-check';

describe('verdictOf(unit, seed, ours, decimals)', () => {
  it('agrees when our value rounds to the printed figure', () => {
    expect(verdictOf('pct', 0.0491, 0.04910117540119141, 2)).toBe('agrees');
    expect(verdictOf('pts', 30670.1, 30670.0996, 1)).toBe('agrees');
    expect(verdictOf('date', '2021-09-14', '2021-09-14', 0)).toBe('agrees');
  });

  it('differs when the printed figure is off by more than rounding', () => {
    // the seed's standard deviation 0.06578 % against 1.2549 % computed from the data
    expect(verdictOf('pct', 0.0006578, 0.01254868197145701, 5)).toBe('differs');
    expect(verdictOf('ratio', 0.149, 0.12805838915774137, 3)).toBe('differs');
    expect(verdictOf('pct', 0.0688, null, 2)).toBe('differs');
  });
});
