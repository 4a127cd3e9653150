import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, type ChartTexts } from '../../lib/charts/figure-specs';
import { loadReportInputs } from '../../lib/report/report-fs';
import { buildReport, type Report, type ReportInputs } from '../../lib/report/report';
import { eventsForEdition } from './history';
import { industryId } from '../constituents/constituents';
import { tableModel } from '../../lib/report/tables';
import { overviewFigures } from './figures';
import { constituentsFigures } from '../constituents/figures';
import { figureShown, figureEntry } from '../../lib/report/figure-list';
import { compileWarnings } from '../../../tests/unit/charts/fixtures';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';

const DATA = DATA_DIR;
let inputs: ReportInputs;
let latest: Report;
let seed: Report;
let early: Report;

beforeAll(() => {
  inputs = loadReportInputs(DATA);
  latest = buildReport(inputs, PINNED_AS_OF);
  seed = buildReport(inputs, '2022-06-30');
  early = buildReport(inputs, '2012-06-29');
});

const v = (r: Report, k: string) => r.index.get(k)?.value;

// Expected values: numpy, `python3 tests/reference/overview_reference.py` (reads data/ only).
describe('overview key figures', () => {
  it('states the last close, the year-to-date and one-year changes of the latest edition', () => {
    expect(v(latest, 'overview.key.lastClose.date')).toBe('2026-09-24');
    expect(v(latest, 'overview.key.lastClose.value')).toBeCloseTo(65513.9883, 4);
    expect(v(latest, 'overview.key.ytd.value')).toBeCloseTo(0.3014434723854569, 12);
    expect(v(latest, 'overview.key.y1.value')).toBeCloseTo(0.43575597689470813, 12);
  });

  it('finds the 52-week high and low and the distance from the all-time high', () => {
    expect([v(latest, 'overview.key.high52.date'), v(latest, 'overview.key.low52.date')]).toEqual(['2026-06-25', '2025-10-01']);
    expect(v(latest, 'overview.key.low52.value')).toBeCloseTo(44550.8516, 4);
    expect(v(latest, 'overview.key.ath.date')).toBe('2026-06-25');
    expect(v(latest, 'overview.key.fromAth')).toBeCloseTo(-0.09468981214441297, 12);
  });

  it('in the seed edition measures from the 1989 all-time high', () => {
    expect(v(seed, 'overview.key.ath.date')).toBe('1989-12-29');
    expect(v(seed, 'overview.key.fromAth')).toBeCloseTo(-0.3217924113228958, 12);
    expect([v(seed, 'overview.key.high52.date'), v(seed, 'overview.key.low52.date')]).toEqual(['2021-09-14', '2022-03-09']);
    expect(v(seed, 'overview.key.y1.value')).toBeCloseTo(-0.08330541163716498, 12);
  });
});

describe('overview history and events', () => {
  it('finds the bubble peak, the lowest close after it, and the day the peak was regained', () => {
    expect(v(latest, 'overview.history.bubblePeak.value')).toBeCloseTo(38915.8711, 4);
    expect(v(latest, 'overview.history.postBubbleLow.date')).toBe('2009-03-10');
    expect(v(latest, 'overview.history.postBubbleFall')).toBeCloseTo(-0.8187120113058448, 12);
    expect(v(latest, 'overview.history.regainedDate')).toBe('2024-02-22');
    expect(v(seed, 'overview.history.regained')).toBe(false);
  });

  it('takes each event close and daily move from the data', () => {
    expect(v(latest, 'overview.events.blackMonday.move')).toBeCloseTo(-0.14900943370668873, 12);
    expect(v(latest, 'overview.events.august2024Crash.close')).toBeCloseTo(31458.4199, 4);
    expect(v(latest, 'overview.events.august2024Crash.move')).toBeCloseTo(-0.12395757689888975, 12);
  });

  it('shows only the events up to the edition, numbered in date order', () => {
    expect(latest.datasets.overview.events.map((e) => e.n)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(seed.datasets.overview.events.at(-1)?.id).toBe('covidLow');
    expect(v(seed, 'overview.events.above1989.shown')).toBe(false);
    expect(v(early, 'overview.history.eventsShown')).toBe(8);
  });

  it("keeps the event labels true to the data: the 1990 event is that year's lowest close, 2009-03-10 the lowest after the bubble", () => {
    const s = latest.series.n225;
    const min1990 = Math.min(...s.values.filter((_, i) => s.dates[i]!.startsWith('1990')));
    expect(v(latest, 'overview.events.bubbleBurst.close')).toBe(min1990);
    expect(v(latest, 'overview.events.postBubbleLow.close')).toBe(v(latest, 'overview.history.postBubbleLow.value'));
    expect(v(latest, 'overview.events.bubblePeak.close')).toBe(v(latest, 'overview.history.bubblePeak.value'));
  });

  it('refuses an event dated on a day without a close, naming it', () => {
    const bad = [{ id: 'sunday', date: '2024-08-04', kind: 'fall' as const, label: { zh: '周日', 'zh-hant': '週日', en: 'Sunday' } }];
    expect(() => eventsForEdition(latest.series.n225, bad)).toThrow(/event "sunday" is dated 2024-08-04/);
  });
});

describe('overview factors and the seed checks', () => {
  it('correlates monthly returns of the index and USD/JPY over ten years to the last common date', () => {
    // tests/reference/overview_reference.py; September 2026 is not over on 2026-09-24, so the window's last month-end is August's.
    expect(v(latest, 'overview.yen.end')).toBe('2026-09-18');
    expect(v(latest, 'overview.yen.months')).toBe(119);
    expect(v(latest, 'overview.yen.correlation')).toBeCloseTo(0.23213964373345375, 10);
    expect(v(latest, 'overview.yen.n225Change')).toBeCloseTo(2.94241791537385, 10);
    expect(v(latest, 'overview.yen.allMonths')).toBe(667);
    expect(v(latest, 'overview.yen.allCorrelation')).toBeCloseTo(0.11894124083772069, 10);
    expect(v(seed, 'overview.yen.correlation')).toBeCloseTo(0.5173363619384467, 10);
    expect(v(seed, 'overview.yen.usdjpyChange')).toBeCloseTo(0.7085117098967513, 10);
  });

  it('counts and correlates the same months as the Macro chapter (one quantity, one value)', () => {
    for (const r of [latest, seed, early]) {
      expect(v(r, 'overview.yen.allMonths')).toBe(v(r, 'economy.fx.monthly.months'));
      expect(v(r, 'overview.yen.allCorrelation')).toBe(v(r, 'economy.fx.monthly.full'));
    }
  });

  it('measures the COVID fall from the February 2020 high to the March low, and finds the seed\'s "more than 38 %" wrong', () => {
    expect(v(latest, 'overview.covid.peak.date')).toBe('2020-02-06');
    expect(v(latest, 'overview.covid.trough.date')).toBe('2020-03-19');
    expect(v(latest, 'overview.covid.fall')).toBeCloseTo(-0.30664679092375136, 12);
    expect(v(latest, 'overview.covid.verdict')).toBe('differs');
    expect(v(early, 'overview.covid.available')).toBe(false);
  });

  it("finds the seed's Tankan-day fall on the June 2020 survey's release day", () => {
    expect(v(latest, 'overview.tankan.move')).toBeCloseTo(-0.007466306991979255, 12);
    expect(v(latest, 'overview.tankan.verdict')).toBe('agrees');
  });

  it('counts constituents by sector and checks the count against the rule', () => {
    expect(v(latest, 'constituents.count')).toBe(225);
    expect(v(latest, 'constituents.matchesProfile')).toBe(true);
    expect(v(latest, 'constituents.industriesPresent')).toBe(34);
    const sectors = ['technology', 'financials', 'consumer', 'materials', 'capitalGoods', 'transportUtilities'];
    expect(sectors.map((s) => v(latest, `constituents.sectors.${s}.count`))).toEqual([61, 20, 41, 48, 35, 20]);
    expect(v(latest, 'constituents.topIndustry.id')).toBe(industryId('Electric machinery'));
    // Past editions count their own members (replayed from the change history), classified where the
    // current list or Nikkei's factor file knows the stock: values from tests/reference/membership_reference.py
    // (classifiedWithFactorFile).
    expect(v(seed, 'constituents.count')).toBe(225);
    expect(v(seed, 'constituents.classified')).toBe(207);
    expect(v(early, 'constituents.classified')).toBe(182);
    expect(v(early, 'constituents.mixShown')).toBe(true);
    const before = buildReport(inputs, '1999-12-30');
    expect(v(before, 'constituents.known')).toBe(false);
    expect(v(before, 'constituents.mixShown')).toBe(false);
    expect(figureShown(figureEntry('constituents-sectors'), before)).toBe(false);
    const y2000 = buildReport(inputs, '2000-04-28');
    expect(v(y2000, 'constituents.classified')).toBe(126);
    expect(v(y2000, 'constituents.mixShown')).toBe(false);
  });

  it('shows only the rules in force on the edition date', () => {
    expect(v(early, 'overview.profile.weightCapInForce')).toBe(false);
    expect(v(early, 'overview.profile.priceConversion')).toBe('parValue');
    expect(v(early, 'overview.profile.reviews')).toBe('once');
    expect(v(early, 'overview.profile.market')).toBe('firstSection');
    expect(v(early, 'overview.profile.checkedKnown')).toBe(false);
    expect(v(early, 'overview.profile.checked')).toBeNull();
    expect(v(seed, 'overview.profile.priceConversion')).toBe('adjustmentFactor');
    expect(v(seed, 'overview.profile.weightCapInForce')).toBe(false);
    expect(v(seed, 'overview.profile.market')).toBe('prime');
    expect(v(latest, 'overview.profile.weightCapInForce')).toBe(true);
    expect(v(latest, 'overview.profile.reviews')).toBe('twice');
    const y1987 = buildReport(inputs, '1987-10-30');
    expect(v(y1987, 'overview.profile.futures.simex.listed')).toBe(true);
    expect(v(y1987, 'overview.profile.futures.ose.listed')).toBe(false);
    expect(v(y1987, 'overview.profile.currentRules')).toBe(false);
    expect(v(y1987, 'overview.profile.reviews')).toBe('unknown');
  });

  it("adds up the seed's ten weights to its stated total and finds all ten still listed", () => {
    expect(v(latest, 'constituents.seedTopTen.sum')).toBeCloseTo(0.3678, 12);
    expect(v(latest, 'constituents.seedTopTen.verdict')).toBe('agrees');
    expect(v(latest, 'constituents.seedTopTen.stillMembers')).toBe(10);
    expect(v(early, 'constituents.seedTopTen.available')).toBe(false);
  });
});

describe('overview figures', () => {
  const tx: ChartTexts = { label: (k) => k, format: (x) => String(x), marker: (k, val, d) => `${k} ${val.value} ${d}` };
  it('compile with Vega-Lite without warnings at both sizes in every edition', () => {
    for (const r of [latest, seed, early]) {
      for (const f of [...overviewFigures, ...constituentsFigures].filter((x) => x.kind === 'chart' && figureShown(figureEntry(x.id), r))) {
        expect(compileWarnings(chartSpec(f.id, r, 'en', tx)), `${f.id} ${r.edition.asOf}`).toEqual([]);
      }
    }
  });

  it('leave out the figures an edition has no data for', () => {
    expect(['overview-yen', 'overview-covid', 'constituents-seed-top10'].map((id) => figureShown(figureEntry(id), early))).toEqual([true, false, false]);
    expect(figureShown(figureEntry('overview-covid'), seed)).toBe(true);
  });

  it('build every table in every edition, the events table with one row per shown event', () => {
    for (const r of [latest, seed, early])
      for (const f of [...overviewFigures, ...constituentsFigures].filter((x) => x.kind === 'table' && figureShown(figureEntry(x.id), r)))
        expect(tableModel(f.id, r).rows.length).toBeGreaterThan(0);
    expect(tableModel('overview-events', seed).rows).toHaveLength(12);
  });
});
