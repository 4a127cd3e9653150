import { beforeAll, describe, expect, it } from 'vitest';
import { loadReportInputs } from '../../lib/report/report-fs';
import { buildReport, type Report, type ReportInputs } from '../../lib/report/report';
import { parseConstituentCloses, parsePriceFactors, parseTopixWeights } from '../../lib/data/index-weights';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';
import { capLevelOn, divisors, weightFacts, WEIGHT_CAP_LEVELS } from './weights';

let inputs: ReportInputs;
let latest: Report;
let january: Report;
let seed: Report;
let beforeFactors: Report;

beforeAll(() => {
  inputs = loadReportInputs(DATA_DIR);
  latest = buildReport(inputs, PINNED_AS_OF);
  january = buildReport(inputs, '2026-01-30');
  seed = buildReport(inputs, '2022-06-30');
  beforeFactors = buildReport(inputs, '2026-01-08');
});

const v = (r: Report, k: string) => r.index.get(k)?.value;

describe("the divisor from Nikkei's factors and the closes", () => {
  it('is one constant on every covered day, within the rounding of the published index close (0.005 points)', () => {
    const c = inputs.curated.overview;
    const d = divisors(c.factors, c.closes, c.closes.dates.length);
    expect(d).toHaveLength(24);
    // A constant D fits every day when the largest lower bound stays below the smallest upper bound.
    const bound = d.map((x, i) => (0.005 * x) / c.closes.index[i]!);
    const lo = Math.max(...d.map((x, i) => x - bound[i]!));
    const hi = Math.min(...d.map((x, i) => x + bound[i]!));
    expect(lo).toBeLessThanOrEqual(hi);
    for (const x of d) expect(x).toBeCloseTo(29.917195, 5);
  });

  it('stops the build, naming both files and the date, when the factors do not fit the closes', () => {
    const c = inputs.curated.overview;
    // One factor changed (as after a split): the divisor no longer holds on any day but the last.
    const factors = c.factors.map((f) => (f.code === '6857' ? { ...f, factor: f.factor * 2 } : f));
    const closes = { ...c.closes, closes: new Map(c.closes.closes) };
    const last = closes.closes.get('6857')!.slice();
    closes.closes.set(
      '6857',
      last.map((x, i) => (i === last.length - 1 ? x / 2 : x)),
    );
    expect(() => weightFacts(factors, closes, c.sectorMap, PINNED_AS_OF)).toThrow(/n225-price-factors\.csv \(2026-01-09\) does not fit .* on 2026-01-05/);
  });

  it('uses index closes that agree with data/n225.csv on every covered day', () => {
    const c = inputs.curated.overview.closes;
    const n225 = inputs.series.n225;
    const at = new Map(n225.dates.map((d, i) => [d, n225.values[i]!]));
    c.dates.forEach((d, i) => expect(Math.abs(at.get(d)! - c.index[i]!)).toBeLessThan(0.005));
  });
});

// Expected values: numpy, `python3 tests/reference/weights_reference.py` (reads data/ only).
describe('weights and concentration', () => {
  it('ranks the ten largest weights and sums them in the latest edition (weights of 2026-02-06)', () => {
    expect(v(latest, 'constituents.weights.last')).toBe('2026-02-06');
    expect(v(latest, 'constituents.weights.endsBeforeEdition')).toBe(true);
    expect(v(latest, 'constituents.weights.days')).toBe(24);
    expect(v(latest, 'constituents.weights.top.r1.code')).toBe('6857');
    expect(v(latest, 'constituents.weights.top.r1.weight')).toBeCloseTo(0.12090310727393114, 12);
    expect(v(latest, 'constituents.weights.top.r10.code')).toBe('5803');
    expect(v(latest, 'constituents.weights.topShare')).toBeCloseTo(0.45611319478254536, 12);
    expect(v(latest, 'constituents.weights.median')).toBeCloseTo(0.0017017863988588084, 14);
    expect(v(latest, 'constituents.weights.divisor')).toBeCloseTo(29.917194925763564, 10);
    expect(v(latest, 'constituents.weights.sectors.technology.weight')).toBeCloseTo(0.530916287339123, 12);
    expect(v(latest, 'constituents.weights.sectors.financials.weight')).toBeCloseTo(0.029780861516210726, 12);
    expect(v(latest, 'constituents.weights.topSector.id')).toBe('technology');
  });

  it('uses only the closes on or before the edition (2026-01-30: 19 days)', () => {
    expect(v(january, 'constituents.weights.last')).toBe('2026-01-30');
    expect(v(january, 'constituents.weights.days')).toBe(19);
    expect(v(january, 'constituents.weights.endsBeforeEdition')).toBe(false);
    expect(v(january, 'constituents.weights.top.r10.code')).toBe('6098');
    expect(v(january, 'constituents.weights.topShare')).toBeCloseTo(0.463776055355246, 12);
    expect(v(january, 'constituents.weights.contribution.up.points')).toBeCloseTo(1157.8626774600918, 8);
  });

  it('splits the index move into contributions that add up to it (to the rounding of the closes)', () => {
    expect(v(latest, 'constituents.weights.contribution.indexMove')).toBeCloseTo(2420.88, 6);
    expect(v(latest, 'constituents.weights.contribution.sum')).toBeCloseTo(2420.8853864714893, 8);
    expect(v(latest, 'constituents.weights.contribution.up.code')).toBe('6857');
    expect(v(latest, 'constituents.weights.contribution.down.points')).toBeCloseTo(-494.16397615769034, 8);
    expect(v(latest, 'constituents.weights.contribution.rising')).toBe(166);
  });

  it('notes the cap: 10 % in force, one member above it, the highest weight 13.46 % on 2026-01-29', () => {
    expect(v(latest, 'constituents.weights.cap.level')).toBe(0.1);
    expect(v(latest, 'constituents.weights.cap.above')).toBe(1);
    expect(v(latest, 'constituents.weights.cap.maxWeight')).toBeCloseTo(0.1345650797506007, 12);
    expect(v(latest, 'constituents.weights.cap.maxDate')).toBe('2026-01-29');
  });

  it('keeps the cap levels in step with the dated weight-cap lines of the index profile', () => {
    const lines = inputs.curated.overview.profile.weightCap;
    expect(WEIGHT_CAP_LEVELS.map((c) => c.from)).toEqual(lines.map((l) => l.from));
    WEIGHT_CAP_LEVELS.forEach((c, i) => expect(lines[i]!.value.en).toContain(`${Math.round(c.level * 100)}% from October ${c.from.slice(0, 4)}`));
    expect(capLevelOn('2022-09-30')).toBeNull();
  });

  it("shows no weights in editions before the factors' date", () => {
    expect(v(beforeFactors, 'constituents.weights.available')).toBe(false);
    expect(v(seed, 'constituents.weights.available')).toBe(false);
    expect(beforeFactors.datasets.constituents.weights.top).toEqual([]);
  });
});

describe('size by free-float market cap', () => {
  it('ranks the members by TOPIX weight and splits them by size class (2026-04-30)', () => {
    expect(v(latest, 'constituents.size.members')).toBe(225);
    expect(v(latest, 'constituents.size.topixShare')).toBeCloseTo(0.792093, 10);
    expect(v(latest, 'constituents.size.topShare')).toBeCloseTo(0.4449856266877752, 12);
    expect(v(latest, 'constituents.size.top.r1.weight')).toBeCloseTo(0.033407, 10);
    expect(v(latest, 'constituents.size.top.r20.weight')).toBeCloseTo(0.009978, 10);
    expect([30, 64, 128, 3]).toEqual(['core30', 'large70', 'mid400', 'small'].map((g) => v(latest, `constituents.size.groups.${g}.members`)));
  });

  it("is not shown before the TOPIX file's date", () => {
    expect(v(january, 'constituents.size.available')).toBe(false);
  });
});

describe('constituent changes', () => {
  it("counts the history up to the edition and lists the window's changes", () => {
    expect([v(latest, 'constituents.changes.additions'), v(latest, 'constituents.changes.deletions')]).toEqual([165, 165]);
    expect([v(seed, 'constituents.changes.additions'), v(seed, 'constituents.changes.deletions')]).toEqual([143, 143]);
    expect(v(seed, 'constituents.changes.busiest.date')).toBe('2000-04-24');
    expect(v(seed, 'constituents.changes.busiest.additions')).toBe(30);
    expect(seed.datasets.constituents.changes.years[0]).toEqual({ year: 2000, additions: 38, deletions: 38 });
    expect([v(seed, 'constituents.changes.window.changes'), v(seed, 'constituents.changes.window.additions')]).toEqual([10, 5]);
    expect([v(latest, 'constituents.changes.window.changes'), v(latest, 'constituents.changes.window.additions')]).toEqual([14, 7]);
  });

  it('is not shown before the history starts', () => {
    expect(v(buildReport(inputs, '1999-12-30'), 'constituents.changes.available')).toBe(false);
  });
});

describe('parsers name the file, line, column, value and rule', () => {
  const inds = ['水産', '鉱業'];
  it('refuses a factor that is not a positive number, a second date and an unknown industry', () => {
    const head = 'date,code,name,price_adjustment_factor,industry,sector\n';
    expect(() => parsePriceFactors(`${head}2026-01-09,1332,ニッスイ,x,水産,消費\n`, 'f.csv', inds)).toThrow(/^f\.csv:2:4: "x" breaks the rule/);
    expect(() => parsePriceFactors(`${head}2026-01-09,1332,A,1.0,水産,消費\n2026-01-10,1605,B,0.4,鉱業,素材\n`, 'f.csv', inds)).toThrow(/^f\.csv:3:1: .*one date/);
    expect(() => parsePriceFactors(`${head}2026-01-09,1332,A,1.0,漁業,消費\n`, 'f.csv', inds)).toThrow(/^f\.csv:2:5: "漁業"/);
  });
  it('refuses closes with a code missing on one date', () => {
    const t = 'date,code,close\n2026-01-05,N225,100\n2026-01-05,1332,10\n2026-01-06,N225,101\n';
    expect(() => parseConstituentCloses(t, 'c.csv')).toThrow(/^c\.csv:4:2: "1332" .*lacks 1332/);
  });
  it('refuses a TOPIX weight without its percent sign and an unknown size class', () => {
    const head = 'date,name,code,sector33,topix_weight,size_class\n';
    expect(() => parseTopixWeights(`${head}2026-04-30,A,1301,水産・農林業,0.0050,TOPIX Small 1\n`, 't.csv')).toThrow(/^t\.csv:2:5: "0\.0050"/);
    expect(() => parseTopixWeights(`${head}2026-04-30,A,1301,水産・農林業,0.0050%,TOPIX Tiny\n`, 't.csv')).toThrow(/^t\.csv:2:6:/);
  });
});
