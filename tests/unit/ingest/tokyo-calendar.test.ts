import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAllSeries } from '../../../src/lib/data/series-fs';
import { SERIES } from '../../../src/lib/data/series-catalog';
import { allowedBy, allowListSchema } from '../../../src/lib/ingest/allow-list';
import { checkPlausibility } from '../../../src/lib/ingest/plausibility';
import { SERIES_SOURCES } from '../../../src/lib/ingest/series-sources';
import { isTokyoSession, tokyoClosure, tokyoSessionsBetween } from '../../../src/lib/ingest/tokyo-calendar';
import { ROOT } from './helpers';

const DATA = path.join(ROOT, 'data');
const rules = SERIES_SOURCES.n225.plausibility;
const check = (dates: string[], touched = dates) =>
  checkPlausibility({ series: 'n225', frequency: 'daily', rules, dates, values: dates.map(() => 100 + Math.random()), touched: new Set(touched) }).filter(
    (i) => i.check !== 'stale',
  );

describe('the Tokyo exchange calendar (national holidays from @holiday-jp/holiday_jp, year-end closure)', () => {
  it('knows holidays, substitute holidays, one-off closures and the 31 Dec – 3 Jan closure', () => {
    expect(tokyoClosure('2026-09-21')).toMatch(/Respect for the Aged Day/);
    expect(tokyoClosure('2026-09-22')).toMatch(/holiday/i); // the "citizen's holiday" between two holidays
    expect(tokyoClosure('1989-02-24')).toMatch(/national holiday/); // the Shōwa Emperor's state funeral
    expect(tokyoClosure('2019-05-01')).toMatch(/national holiday/); // the 2019 enthronement
    expect(tokyoClosure('2020-10-01')).toMatch(/outage/);
    expect(tokyoClosure('2025-12-31')).toMatch(/year-end closure/);
    expect(tokyoClosure('2026-01-02')).toMatch(/year-end closure/);
    expect(tokyoClosure('2026-09-25')).toBeNull();
    expect(tokyoClosure('1969-07-01')).toBeUndefined(); // before the holiday list: not judged
    expect(isTokyoSession('2026-09-26')).toBe(false); // a Saturday
    expect(tokyoSessionsBetween('2026-09-18', '2026-09-25')).toEqual(['2026-09-24']);
  });

  it('refuses a single missing session, naming the session itself', () => {
    const issues = check(['2009-08-31', '2009-09-02']);
    expect(issues.map((i) => [i.check, i.date])).toEqual([['missing', '2009-09-01']]);
    expect(issues[0]?.detail).toMatch(/no row for 2009-09-01, a Tokyo session .* between 2009-08-31 and 2009-09-02/);
  });

  it('refuses a row on a holiday and on a Sunday, but not on a Saturday before Saturday sessions ended (1989)', () => {
    expect(check(['2026-09-18', '2026-09-22', '2026-09-24']).map((i) => [i.check, i.date])).toEqual([['holiday', '2026-09-22']]);
    expect(check(['1986-09-12', '1986-09-13', '1986-09-16']).map((i) => i.check)).toEqual([]);
    expect(check(['1989-02-03', '1989-02-04', '1989-02-06']).map((i) => [i.check, i.date])).toEqual([['weekend', '1989-02-04']]);
  });

  it('does not require 29–30 December before 1989 (the last session was then the 28th)', () => {
    expect(check(['1985-12-27', '1986-01-06']).map((i) => i.date)).toEqual([]);
    expect(check(['1995-12-28', '1996-01-04']).map((i) => i.date)).toEqual(['1995-12-29']);
  });
});

describe('the Nikkei 225 held in data/ against the calendar', () => {
  const n225 = loadAllSeries(DATA).n225;
  const allowList = allowListSchema.parse(JSON.parse(readFileSync(path.join(DATA, 'curated/plausibility-allow.json'), 'utf8')));

  it('holds the four sessions the first copy lacked (added through npm run ingest)', () => {
    const rows = new Map(n225.dates.map((d, i) => [d, n225.values[i]]));
    expect([rows.get('2009-09-01'), rows.get('2010-07-20'), rows.get('2010-09-15'), rows.get('2026-08-28')]).toEqual([10530.06, 9300.46, 9516.56, 66405.56]);
  });

  it('drops the 1986 holiday artefacts by name (the catalogue lists them; the file keeps the rows as published)', () => {
    const names = ['1986-03-21', '1986-09-15', '1986-09-23'];
    expect(SERIES.n225.artefacts.map((a) => a.date)).toEqual(expect.arrayContaining(names));
    expect(n225.dates.filter((d) => names.includes(d))).toEqual([]);
    expect(n225.dropped.map((a) => a.date)).toEqual(expect.arrayContaining(names));
    const text = readFileSync(path.join(DATA, 'n225.csv'), 'utf8');
    for (const d of names) expect(text).toContain(`\n${d},`);
  });

  it('has no missing session or holiday row from 1970 on that the allow-list does not name with a reason', () => {
    const issues = checkPlausibility({ series: 'n225', frequency: 'daily', rules, dates: n225.dates, values: n225.values, touched: new Set(n225.dates) }).filter(
      (i) => i.check === 'missing' || i.check === 'holiday',
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((i) => !allowedBy(allowList, i))).toEqual([]);
    expect(issues.filter((i) => i.date >= '1980-01-01').map((i) => `${i.check} ${i.date}`)).toEqual(['holiday 1980-03-20', 'holiday 1985-01-02']);
  });
});
