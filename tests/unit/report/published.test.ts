import { describe, expect, it } from 'vitest';
import { REPORT_CONFIGS } from '../../../configs/index';
import { validateReportConfig } from '../../../src/lib/config/schema';
import { previousEdition, resolvePublished } from '../../../src/lib/report/published';

/** Trading days around two quarter-ends: 2024-12-31 and 2025-03-29/30 are closed (holiday, weekend). */
const DAYS = ['2023-01-04', '2024-12-27', '2024-12-30', '2025-01-06', '2025-03-27', '2025-03-28', '2025-03-31', '2025-06-30', '2025-07-01'];

describe('resolvePublished(listed, tradingDates, latestAsOf, file)', () => {
  const listed = [{ date: '2024-12-31', note: { en: 'Year-end' } }, { date: '2025-03-31' }, { date: '2025-06-30' }, { date: 'latest' }];

  it('keeps the latest and every listed edition before it, newest first, each as of its last trading day', () => {
    const e = resolvePublished(listed, DAYS, '2025-07-01', 'report.config.ts');
    expect(e.map((x) => [x.id, x.requested, x.asOf, x.latest])).toEqual([
      ['latest', null, '2025-07-01', true],
      ['2025-06-30', '2025-06-30', '2025-06-30', false],
      ['2025-03-31', '2025-03-31', '2025-03-31', false],
      ['2024-12-30', '2024-12-31', '2024-12-30', false],
    ]);
    expect(e[3]?.note).toEqual({ en: 'Year-end' });
    expect(previousEdition(e, e[0]!)?.id).toBe('2025-06-30');
    expect(previousEdition(e, e[3]!)).toBeNull();
  });

  it('leaves out a listed date the latest edition has reached or not yet reached', () => {
    expect(resolvePublished(listed, DAYS, '2025-06-30', 'f').map((x) => x.id)).toEqual(['latest', '2025-03-31', '2024-12-30']);
    expect(resolvePublished(listed, DAYS, '2025-03-28', 'f').map((x) => x.id)).toEqual(['latest', '2024-12-30']);
  });

  it('narrows the old editions to the dates asked for, and refuses one the config does not list', () => {
    expect(resolvePublished(listed, DAYS, '2025-07-01', 'f', ['2025-03-31']).map((x) => x.id)).toEqual(['latest', '2025-03-31']);
    expect(() => resolvePublished(listed, DAYS, '2025-07-01', 'report.config.ts', ['2025-04-30'])).toThrow(
      'report.config.ts: editions lists no edition 2025-04-30 (listed: 2024-12-31, 2025-03-31, 2025-06-30)',
    );
  });

  it('refuses two listed dates on the same trading day, and a date before the data allow, naming the config', () => {
    expect(() => resolvePublished([{ date: '2025-03-28' }, { date: '2025-03-29' }, { date: 'latest' }], DAYS, '2025-07-01', 'report.config.ts')).toThrow(
      'report.config.ts: editions: 2025-03-28 and 2025-03-29 are the same edition (both end on the trading day 2025-03-28); list one of them',
    );
    expect(() => resolvePublished([{ date: '2023-06-30' }, { date: 'latest' }], DAYS, '2025-07-01', 'report.config.ts')).toThrow(
      /^report\.config\.ts: editions: 2023-06-30: REPORT_AS_OF=2023-06-30 is outside the data/,
    );
  });
});

describe('the report config’s editions', () => {
  const nikkei = REPORT_CONFIGS.nikkei225.config;
  const bad = (editions: unknown) => () => validateReportConfig({ ...nikkei, editions }, 'configs/bad.config.ts');

  it('lists every quarter-end from 2021 with the 2022 report’s window end, and ends with the latest', () => {
    const c = validateReportConfig(nikkei, 'report.config.ts');
    const dates = c.editions.map((e) => e.date);
    expect(dates[0]).toBe('2021-03-31');
    expect(dates.at(-1)).toBe('latest');
    expect(dates).toContain('2022-06-30');
    expect(dates.filter((d) => d !== 'latest').every((d) => /-(03-31|06-30|09-30|12-31)$/.test(d))).toBe(true);
    expect(dates.length).toBeGreaterThanOrEqual(23);
  });

  it('names the field of each mistake', () => {
    expect(bad([{ date: '2022-02-30' }, { date: 'latest' }])).toThrow('editions.0.date: 2022-02-30 is not a real date');
    expect(bad([{ date: '2022-6-30' }, { date: 'latest' }])).toThrow('editions.0.date: must be written YYYY-MM-DD or be "latest"');
    expect(bad([{ date: '2022-06-30' }, { date: '2022-03-31' }, { date: 'latest' }])).toThrow('editions.1.date: 2022-03-31 must come after 2022-06-30');
    expect(bad([{ date: '2022-06-30' }])).toThrow('editions: must end with { date: "latest" }');
    expect(bad([{ date: '2022-06-30', note: { fr: 'Fin du semestre' } }, { date: 'latest' }])).toThrow('editions.0.note.fr: "fr" is not a language of the report');
  });
});
