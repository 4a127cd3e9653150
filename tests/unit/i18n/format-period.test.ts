import { describe, expect, it } from 'vitest';
import { formatFact } from '../../../src/lib/report/format-fact';
import { month, quarter } from '../../../src/lib/report/fact';

describe('month and quarter facts', () => {
  it('write a month without its day, in each language', () => {
    expect(formatFact(month('2026-08-01'), 'zh')).toBe('2026年8月');
    expect(formatFact(month('2026-08-01'), 'en')).toBe('Aug 2026');
  });

  it('write a quarter from the date of its first day', () => {
    expect(formatFact(quarter('2021-10-01'), 'zh')).toBe('2021年第4季度');
    expect(formatFact(quarter('2021-10-01'), 'en')).toBe('2021 Q4');
    expect(formatFact(quarter('2026-04-01'), 'en')).toBe('2026 Q2');
  });

  it('write a missing period as a dash', () => {
    expect(formatFact(month(null), 'en')).toBe('—');
  });
});
