import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { futuresSpecsSchema } from '../../lib/data/curated/derivatives';
import { parseCurated } from '../../lib/data/curated/json-fs';
import { chartSpec } from '../../lib/charts/figure-specs';
import { figuresOf } from '../../lib/report/figure-list';
import { buildReport, type Report, type ReportInputs } from '../../lib/report/report';
import { loadReportInputs } from '../../lib/report/report-fs';
import { tableModel } from '../../lib/report/tables';
import { compileWarnings } from '../../../tests/unit/charts/fixtures';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';

const ROOT = path.join(__dirname, '../../..');
const DATA = DATA_DIR;
let inputs: ReportInputs;
let r2022: Report;
let latest: Report;
const v = (r: Report, k: string) => r.index.get(k)?.value;

beforeAll(() => {
  inputs = loadReportInputs(DATA);
  r2022 = buildReport(inputs, '2022-06-30');
  latest = buildReport(inputs, PINNED_AS_OF);
});

// Expected values: python3 tests/reference/derivatives_reference.py (csv + numpy, no project code).
describe('derivativesFacts(ctx): futures', () => {
  it('values one contract at the edition close times its multiplier, in its own currency', () => {
    expect(v(r2022, 'derivatives.futures.close')).toBeCloseTo(26393.0391, 4);
    expect(v(r2022, 'derivatives.futures.contracts.oseLarge.notional')).toBeCloseTo(26393039.1, 2);
    expect(v(r2022, 'derivatives.futures.contracts.cmeUsd.notional')).toBeCloseTo(131965.1955, 3);
  });

  it('lists only contracts trading by the edition: the OSE micro arrived in May 2023', () => {
    expect(v(r2022, 'derivatives.futures.contracts.oseMicro.listed')).toBe(false);
    expect(v(r2022, 'derivatives.futures.contracts.oseMicro.notional')).toBeNull();
    expect(r2022.datasets.derivatives.futures.map((c) => c.id)).not.toContain('oseMicro');
    expect(latest.datasets.derivatives.futures.map((c) => c.id)).toContain('oseMicro');
  });

  it('states that no futures prices are in the data', () => {
    expect(v(latest, 'derivatives.futures.priceHistory')).toBe(false);
  });

  it('refuses a contract whose tick value is not multiplier × tick size', () => {
    const json = JSON.parse(readFileSync(path.join(DATA, 'curated/futures-specs.json'), 'utf8')) as { contracts: { tickValue: number }[] };
    (json.contracts[0] as { tickValue: number }).tickValue = 5000;
    expect(() => parseCurated(futuresSpecsSchema, json, 'futures-specs.json')).toThrow(/contracts.0.tickValue: tickValue must equal multiplier × tickPoints/);
  });
});

describe('fundsFacts(ctx): ETF tracking', () => {
  it('measures both funds over the span they share with the index (from 2019-06-25)', () => {
    expect(v(r2022, 'funds.etf.window.fullStart')).toBe('2019-06-25');
    expect(v(r2022, 'funds.etf.full.track.etf1321.trackingError')).toBeCloseTo(0.048191500464411265, 12);
    expect(v(r2022, 'funds.etf.full.track.etf513520.trackingError')).toBeCloseTo(0.10527318098053551, 12);
    expect(v(latest, 'funds.etf.window.end')).toBe('2026-01-21');
    expect(v(latest, 'funds.etf.full.track.etf1321.trackingError')).toBeCloseTo(0.04121337477951007, 12);
    expect(v(latest, 'funds.etf.full.track.etf513520.trackingError')).toBeCloseTo(0.1515678288388443, 12);
    expect(v(latest, 'funds.etf.full.track.etf513520.beta')).toBeCloseTo(0.7808339347353497, 12);
    expect(v(latest, 'funds.etf.closer')).toBe('etf1321');
  });

  it('finds the QDII fund more correlated with the index on the same day than with its previous day', () => {
    expect(v(latest, 'funds.etf.full.track.etf513520.corrSame')).toBeCloseTo(0.7741699239882168, 12);
    expect(v(latest, 'funds.etf.full.track.etf513520.corrLagged')).toBeCloseTo(-0.010718201412892826, 12);
    expect(v(latest, 'funds.etf.qdiiLag')).toBe('same');
  });

  it('sees no split in 1321 and one July distribution a year from 2016 to 2025', () => {
    expect(v(latest, 'funds.etf.units1321.noUnitChange')).toBe(true);
    expect(v(latest, 'funds.etf.units1321.ratioMin')).toBeCloseTo(1.0124072911747373, 12);
    expect(v(latest, 'funds.etf.units1321.ratioMax')).toBeCloseTo(1.07254628969889, 12);
    expect(v(latest, 'funds.etf.units1321.largestMoveDate')).toBe('2020-03-18');
    expect(v(latest, 'funds.etf.units1321.distributions')).toBe(10);
    expect(v(latest, 'funds.etf.units1321.meanDrop')).toBeCloseTo(0.015312761454968671, 12);
    expect(v(latest, 'funds.etf.units1321.julyWithoutDrop')).toBe(true);
  });

  it("splits 513520's gap to the yen index into the yen's move against the dollar and the rest", () => {
    expect(v(latest, 'funds.etf.years513520.2022.fund')).toBeCloseTo(-0.1297709923664122, 12);
    expect(v(latest, 'funds.etf.years513520.2022.benchmark')).toBeCloseTo(-0.09368011888449457, 12);
    expect(v(latest, 'funds.etf.years513520.2022.yen')).toBeCloseTo(-0.11441592308445503, 12);
    expect(v(latest, 'funds.etf.years513520.2022.rest')).toBeCloseTo(0.07832504960253739, 12);
    expect(v(latest, 'funds.etf.years513520.2021.yen')).toBeCloseTo(-0.10912765547717529, 12);
    expect(v(latest, 'funds.etf.years513520.2025.yen')).toBeCloseTo(0.004586950723310057, 12); // USD/JPY now runs to 2026-09-18
  });

  it("states each of 513520's calendar-year returns once: the same value against the index and against the CSI 300", () => {
    for (const y of ['2019', '2020', '2021', '2022', '2023', '2024', '2025']) {
      expect(v(latest, `funds.etf.years513520.${y}.fund`)).toBe(v(latest, `funds.etf.vsCsi.years.${y}.fund`));
    }
    expect(v(latest, 'funds.etf.years513520.2020.fund')).toBeCloseTo(0.15211521152115215, 12); // tests/reference/derivatives_reference.py
    expect(v(latest, 'funds.etf.years513520.2019.fund')).toBeCloseTo(0.12108980827447025, 12);
  });
});

describe("fundsFacts(ctx): the seed's claims", () => {
  it('refutes "worse than the CSI 300 every year except 2020": 2020 is a year the fund trailed', () => {
    expect(v(latest, 'funds.etf.vsCsi.years.2020.fund')).toBeCloseTo(0.15211521152115215, 12);
    expect(v(latest, 'funds.etf.vsCsi.years.2020.benchmark')).toBeCloseTo(0.27210660008758514, 12);
    expect(v(latest, 'funds.etf.vsCsi.years.2019.difference')).toBeCloseTo(0.043413428289675426, 12);
    expect(v(latest, 'funds.etf.vsCsi.y2020Leader')).toBe('benchmark');
    expect(v(latest, 'funds.etf.vsCsi.seedVerdict')).toBe('fails');
    expect(v(latest, 'funds.etf.vsCsi.fundLed')).toBe(5);
  });

  it("recomputes the seed's one-year downside risk and drawdown only once the edition reaches 2022-07-21", () => {
    expect(v(r2022, 'funds.etf.seed.available')).toBe(false);
    expect(v(latest, 'funds.etf.seed.downsideRisk.ours')).toBeCloseTo(0.13086724224054982, 12);
    expect(v(latest, 'funds.etf.seed.maxDrawdown.ours')).toBeCloseTo(-0.26844106463878326, 12);
    expect(v(latest, 'funds.etf.seed.nav.ours')).toBeCloseTo(1.006, 12);
    expect(v(latest, 'funds.etf.seed.downsideAgrees')).toBe('differs');
  });
});

describe('the Derivatives chapter in every edition', () => {
  const mdx = ['zh', 'en'].map((l) => readFileSync(path.join(ROOT, `src/chapters/derivatives/${l}.mdx`), 'utf8')).join('\n');
  const keys = [...new Set([...mdx.matchAll(/\sk="([^"]+)"/g)].map((m) => m[1] as string))];
  // <Pick k="..." a="..." b={...} />: the words offered for each value (MDX renders hidden <When> content too).
  const picks = [...mdx.matchAll(/<Pick k="([^"]+)"((?:\s+\w+=(?:"[^"]*"|\{"[^"]*"\}))+)\s*\/>/g)].map((m) => ({
    key: m[1] as string,
    choices: [...(m[2] as string).matchAll(/(\w+)=/g)].map((c) => c[1] as string),
  }));

  it.each(['2012-06-29', '2017-06-30', '2022-06-30', undefined])('has every fact its prose names, and builds every table and chart, as of %s', (asOf) => {
    const r = buildReport(inputs, asOf);
    for (const k of keys) expect(r.index.has(k), k).toBe(true);
    // As <Pick> reads a fact: a flag picks `yes` or `no`, a word the prop named by its value.
    const picked = (k: string) => {
      const x = r.index.get(k)?.value;
      return x === true ? 'yes' : x === false ? 'no' : String(x);
    };
    for (const p of picks) expect(p.choices, `${p.key} = ${picked(p.key)}`).toContain(picked(p.key));
    for (const f of figuresOf('derivatives')) {
      if (f.kind === 'table') expect(tableModel(f.id, r).rows.length, f.id).toBeGreaterThanOrEqual(0);
      else f.csv(r);
    }
  });

  it('reads the words of every <Pick> in the prose', () => {
    expect(picks.length).toBe(mdx.split('<Pick ').length - 1);
    expect(picks.length).toBeGreaterThan(0);
  });

  it('has nothing to say about ETFs before either fund has data, and both funds by 2022', () => {
    expect(buildReport(inputs, '2012-06-29').index.get('funds.etf.available')?.value).toBe(false);
    expect(buildReport(inputs, '2017-06-30').index.get('funds.etf.both')?.value).toBe(false);
    expect(v(r2022, 'funds.etf.both')).toBe(true);
  });

  it('draws charts that compile without warnings in both languages and sizes', () => {
    const tx = { label: (k: string) => k, marker: () => 'm', format: (x: number | string) => String(x) };
    for (const f of figuresOf('derivatives').filter((x) => x.kind === 'chart')) {
      for (const locale of ['zh', 'en'] as const) {
        expect(compileWarnings(chartSpec(f.id, latest, locale, tx as never)), f.id).toEqual([]);
      }
    }
  });
});

// Expected values: python3 tests/reference/china_etfs_reference.py [AS_OF] (csv + numpy, no project code).
describe('fundsFacts(ctx): the four mainland-China ETFs side by side', () => {
  it('compares them over the span all four share, to the funds’ own last common date', () => {
    expect(v(latest, 'funds.china.available')).toBe(true);
    expect(v(latest, 'funds.china.funds')).toBe(4);
    expect(v(latest, 'funds.china.start')).toBe('2021-04-08');
    expect(v(latest, 'funds.china.end')).toBe('2025-07-04');
    expect(v(latest, 'funds.china.endsBeforeEdition')).toBe(true);
    expect(v(latest, 'funds.china.index.cumulative')).toBeCloseTo(0.34002844358795814, 12);
    const expected: [string, number, number, number, number][] = [
      ['etf513520', 0.16564885496183201, 0.23184293330007152, 0.16701208241080456, 0.7395065493247808],
      ['etf513000', 0.16210045662100447, 0.22539868229970145, 0.14735737422971124, 0.7898854454711938],
      ['etf513880', 0.12104430379746844, 0.19509175203783766, 0.10697515351985137, 0.8771910290476497],
      ['etf159866', 0.15090543259557343, 0.21991078251532517, 0.1552932445418756, 0.7602632325149755],
    ];
    for (const [id, cum, vol, te, corr] of expected) {
      expect(v(latest, `funds.china.${id}.cumulative`), id).toBeCloseTo(cum, 12);
      expect(v(latest, `funds.china.${id}.volatility`), id).toBeCloseTo(vol, 12);
      expect(v(latest, `funds.china.${id}.trackingError`), id).toBeCloseTo(te, 12);
      expect(v(latest, `funds.china.${id}.corrSame`), id).toBeCloseTo(corr, 12);
    }
    expect(v(latest, 'funds.china.spread')).toBeCloseTo(0.04460455116436357, 12);
    expect(v(latest, 'funds.china.best')).toBe('etf513520');
    expect(v(latest, 'funds.china.worst')).toBe('etf513880');
  });

  it("finds 513000's limit-up premium of 19 May 2023, a day the index rose under 1 %, and its reversal", () => {
    expect(v(latest, 'funds.china.widest.fund')).toBe('etf513000');
    expect(v(latest, 'funds.china.widest.date')).toBe('2023-05-19');
    expect(v(latest, 'funds.china.widest.value')).toBeCloseTo(0.10037453183520606, 12);
    expect(v(latest, 'funds.china.widest.index')).toBeCloseTo(0.00766731337123483, 12);
    expect(v(latest, 'funds.china.widest.next')).toBeCloseTo(-0.09870660313138191, 12);
    expect(v(latest, 'funds.china.etf513880.swing.date')).toBe('2024-08-05');
    expect(v(latest, 'funds.china.etf513880.swing.index')).toBeCloseTo(-0.12395757689888975, 12);
  });

  it('measures a past edition on its own data only (2022-06-30)', () => {
    expect(v(r2022, 'funds.china.end')).toBe('2022-06-30');
    expect(v(r2022, 'funds.china.endsBeforeEdition')).toBe(false);
    expect(v(r2022, 'funds.china.index.cumulative')).toBeCloseTo(-0.11161410941045247, 12);
    expect(v(r2022, 'funds.china.etf159866.trackingError')).toBeCloseTo(0.09243825671850947, 12);
    expect(v(r2022, 'funds.china.etf513880.swing.date')).toBe('2020-03-24');
    expect(v(r2022, 'funds.china.spread')).toBeCloseTo(0.005344673335889505, 12);
    expect(v(r2022, 'funds.china.best')).toBe('etf513000');
  });

  it('leaves the comparison out before a second fund was listed', () => {
    expect(v(buildReport(inputs, '2019-12-30'), 'funds.china.available')).toBe(true);
    expect(v(buildReport(inputs, '2019-07-15'), 'funds.china.available')).toBe(false);
  });
});

// Expected values: python3 tests/reference/implied_vol_reference.py [AS_OF] (csv + numpy, no project code).
describe('derivativesFacts(ctx): the Nikkei VI against realised volatility', () => {
  it('measures the premium of implied over realised volatility on the dates both exist, across the data gap', () => {
    expect(v(latest, 'derivatives.vi.available')).toBe(true);
    expect(v(latest, 'derivatives.vi.first')).toBe('2015-01-05');
    expect(v(latest, 'derivatives.vi.last')).toBe('2026-08-07');
    expect(v(latest, 'derivatives.vi.endsBeforeEdition')).toBe(true);
    expect(v(latest, 'derivatives.vi.latest')).toBeCloseTo(29.88, 10);
    expect(v(latest, 'derivatives.vi.realisedAtLast')).toBeCloseTo(35.01891381932652, 10);
    expect(v(latest, 'derivatives.vi.days')).toBe(1695);
    expect(v(latest, 'derivatives.vi.premium')).toBeCloseTo(3.0836055454444926, 10);
    expect(v(latest, 'derivatives.vi.premiumSide')).toBe('above');
    expect(v(latest, 'derivatives.vi.aboveShare')).toBeCloseTo(0.8165191740412979, 12);
    expect(v(latest, 'derivatives.vi.peak.value')).toBeCloseTo(70.69, 10);
    expect(v(latest, 'derivatives.vi.peak.date')).toBe('2024-08-05');
    expect(v(latest, 'derivatives.vi.gap.after')).toBe('2018-04-27');
    expect(v(latest, 'derivatives.vi.gap.until')).toBe('2023-01-04');
  });

  it('in 2022 knows the VI only to April 2018, and no gap yet', () => {
    expect(v(r2022, 'derivatives.vi.last')).toBe('2018-04-27');
    expect(v(r2022, 'derivatives.vi.gap.shown')).toBe(false);
    expect(v(r2022, 'derivatives.vi.premium')).toBeCloseTo(3.1159995962420535, 10);
    expect(v(r2022, 'derivatives.vi.peak.date')).toBe('2016-02-12');
    expect(v(buildReport(inputs, '2014-12-30'), 'derivatives.vi.available')).toBe(false);
  });
});

// Expected values: python3 tests/reference/futures_basis_reference.py [AS_OF] (csv + numpy, no project code).
describe('derivativesFacts(ctx): the continuous futures against the index', () => {
  it('measures the basis on common dates and the futures on days Tokyo was closed', () => {
    expect(v(latest, 'derivatives.basis.available')).toBe(true);
    expect(v(latest, 'derivatives.basis.first')).toBe('2010-07-19');
    expect(v(latest, 'derivatives.basis.last')).toBe('2024-06-19');
    expect(v(latest, 'derivatives.basis.endsBeforeEdition')).toBe(true);
    expect(v(latest, 'derivatives.basis.days')).toBe(3406);
    expect(v(latest, 'derivatives.basis.median')).toBeCloseTo(-0.00025521283979695886, 14);
    expect(v(latest, 'derivatives.basis.p01')).toBeCloseTo(-0.01153315612207792, 14);
    expect(v(latest, 'derivatives.basis.p99')).toBeCloseTo(0.007465703463344425, 14);
    expect(v(latest, 'derivatives.basis.closed.days')).toBe(270);
    expect(v(latest, 'derivatives.basis.closed.sameSign')).toBeCloseTo(0.7666666666666667, 12);
    expect(v(latest, 'derivatives.basis.closed.corr')).toBeCloseTo(0.7282135271063508, 12);
    expect(v(latest, 'derivatives.basis.closed.link')).toBe('strong');
  });

  it('in 2022 uses futures rows to its own date only', () => {
    expect(v(r2022, 'derivatives.basis.days')).toBe(2923);
    expect(v(r2022, 'derivatives.basis.p99')).toBeCloseTo(0.004740062428754741, 14);
    expect(v(r2022, 'derivatives.basis.closed.days')).toBe(233);
    expect(v(r2022, 'derivatives.basis.closed.corr')).toBeCloseTo(0.7197031185067454, 12);
    expect(v(buildReport(inputs, '2008-12-30'), 'derivatives.basis.available')).toBe(false);
  });
});
