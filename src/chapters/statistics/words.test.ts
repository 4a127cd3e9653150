import { describe, expect, it } from 'vitest';
import { methodology } from '../methodology/facts';
import { loadReportInputs } from '../../lib/report/report-fs';
import { buildReport } from '../../lib/report/report';
import { SKEW_BANDS, skewShape, TAIL_BAND } from './window';
import { DATA_DIR } from '../../../tests/lib/pinned';

describe('skewShape(skewness)', () => {
  it('names the side and, by the bands Methodology states, the strength of the lean', () => {
    expect(skewShape(-0.0737)).toBe('slightLeft');
    expect(skewShape(0.4999)).toBe('slightRight');
    expect(skewShape(0.5)).toBe('moderateRight');
    expect(skewShape(-0.99)).toBe('moderateLeft');
    expect(skewShape(-1.23)).toBe('strongLeft');
    expect(skewShape(2.74)).toBe('strongRight');
  });

  it('states in Methodology the very bands the words are chosen by', () => {
    const m = methodology('2026-09-24') as unknown as { skewBands: { slight: { value: number }; moderate: { value: number } }; tailBand: { value: number } };
    expect(m.skewBands.slight.value).toBe(SKEW_BANDS.slight);
    expect(m.skewBands.moderate.value).toBe(SKEW_BANDS.moderate);
    expect(m.tailBand.value).toBe(TAIL_BAND);
  });
});

describe('the skewness word across editions', () => {
  it('calls the Black Monday window strongly left-skewed, not slightly, and the seed window slightly', () => {
    const inputs = loadReportInputs(DATA_DIR);
    const at = (d: string) => buildReport(inputs, d).index;
    const crash = at('1987-10-30');
    expect(crash.get('statistics.returns.skewness')?.value as number).toBeLessThan(-1);
    expect(crash.get('statistics.returns.skewShape')?.value).toBe('strongLeft');
    const seed = at('2022-06-30');
    expect(seed.get('statistics.returns.skewShape')?.value).toBe('slightLeft');
  });
});
