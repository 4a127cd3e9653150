import { describe, expect, it } from 'vitest';
import { chartStartFor } from '../../../src/lib/report/windows';

describe('chartStartFor(fixedStart, asOf, minYears)', () => {
  it('keeps the usual start for editions long after it (the latest edition draws what it always drew)', () => {
    expect(chartStartFor('2013-01-01', '2026-09-24', 10)).toBe('2013-01-01');
    expect(chartStartFor('2000-01-01', '2022-06-30', 20)).toBe('2000-01-01');
  });

  it("draws an early edition's own last years instead of nothing (the 2008 rates chart no longer starts in 2013)", () => {
    expect(chartStartFor('2013-01-01', '2008-10-28', 10)).toBe('1998-01-01');
    expect(chartStartFor('2000-01-01', '1987-10-30', 20)).toBe('1967-01-01');
  });
});
