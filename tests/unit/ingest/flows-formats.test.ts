import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/lib/ingest/ingest-fs';
import { copyData, hashTree, opts } from './helpers';

const dirs: string[] = [];
const fresh = () => {
  const d = copyData();
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes `text` as a download named `name` in `dir` and returns its path. */
const download = (dir: string, name: string, text: string) => {
  const p = path.join(dir, '..', `${path.basename(dir)}-${name}`);
  writeFileSync(p, text);
  return p;
};

/** ESRI's header rows as its quarterly tables have them (levels or contributions). */
function esriHeader(kind: 'levels' | 'contributions', title?: string): string[] {
  const t = title ?? (kind === 'levels' ? '実質季節調整系列' : '実質季節調整系列(寄与度)');
  const unit = kind === 'levels' ? '(単位:2020暦年連鎖価格、10億円),,,' : '"(単位:％,％pt)",,,';
  const unitEn = kind === 'levels' ? '(Billions of Chained (2020) Yen),,,' : '"(%,%pt)",,,';
  return [
    `${t},,,,,,,,,,,,,,,,<参考>,,,,,,,,,,,,,${unit}`,
    `"Real, Seasonally Adjusted Series",,,,,,,,,,,,,,,,<cf>,,,,,,,,,,,,,${unitEn}`,
    ',国内総生産(支出側),民間最終消費支出,,,民間住宅,民間企業設備,民間在庫変動,政府最終消費支出,公的固定資本形成,公的在庫変動,財貨・サービス,,,開差',
    ',,,家計最終消費支出,,,,,,,,純輸出,輸出,輸入',
    ',,,,除く持ち家の帰属家賃',
    ',GDP(Expenditure Approach),PrivateConsumption,Consumption ofHouseholds,ExcludingImputed Rent,PrivateResidentialInvestment,Private Non-Resi.Investment,Changein PrivateInventories,GovernmentConsumption,PublicInvestment,Changein PublicInventories,Goods & Services,,,Residual',
    ',,,,,,,,,,,Net Exports,Exports,Imports',
  ];
}

const LABELS: Record<string, string> = { '01': ' 1- 3.', '04': ' 4- 6.', '07': ' 7- 9.', '10': '10-12.' };
/** ESRI's way of writing a level: quoted, thousands separators, a trailing space. */
const esriNumber = (x: string) => `"${Number(x).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} "`;

/** The held levels table written back in ESRI's wide layout (household columns and the residual filled with 0). */
function esriLevelsFrom(csvText: string, edit: (rows: string[][]) => string[][] = (r) => r): string {
  const rows = edit(
    csvText
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')),
  );
  const body = rows.map(([date = '', gdp = '', pc = '', res = '', nonres = '', pinv = '', gov = '', pub = '', pubinv = '', nx = '']) => {
    const label = date.slice(5, 7) === '01' ? `${date.slice(0, 4)}/${LABELS['01']}` : (LABELS[date.slice(5, 7)] as string);
    return [label, ...[gdp, pc, '0', '0', res, nonres, pinv, gov, pub, pubinv, nx, '0', '0', '0'].map(esriNumber)].join(',');
  });
  return [...esriHeader('levels'), ...body, '＊季節調整値は年率換算値。', ''].join('\n');
}

describe('npm run ingest: ESRI’s wide quarterly GDP tables', () => {
  it('reads the levels table as it comes and replaces the held file, counting added and revised quarters', () => {
    const dir = fresh();
    const held = readFileSync(path.join(dir, 'gdp-components.csv'), 'utf8');
    const file = download(
      dir,
      'gaku-jk2631.csv',
      esriLevelsFrom(held, (rows) => {
        const last = [...(rows[rows.length - 1] as string[])];
        last[1] = '599000.0';
        return [...rows.slice(0, -1), last, ['2026-07-01', ...last.slice(1)]];
      }),
    );
    const plan = runIngest([file], opts(), dir);
    expect(plan.errors).toEqual([]);
    expect(plan.tables?.join('\n')).toMatch(/131 quarters 1994-01-01 → 2026-07-01: added 1, revised 1, unchanged 129/);
    const after = readFileSync(path.join(dir, 'gdp-components.csv'), 'utf8').trimEnd().split('\n');
    expect(after.at(-2)?.startsWith('2026-04-01,599000.0,')).toBe(true);
    expect(after.at(-1)?.startsWith('2026-07-01,599000.0,')).toBe(true);
    const sources = JSON.parse(readFileSync(path.join(dir, 'sources.json'), 'utf8'));
    expect(sources.esriTables.gdpComponents.last).toBe('2026-07-01');
    expect(sources.esriTables.gdpComponents.ingests.at(-1)).toMatchObject({ format: 'esri', added: 1, revised: 1 });
  });

  it.each([
    ['a nominal table', esriHeader('levels', '名目季節調整系列'), /:1:1: "名目季節調整系列" breaks the rule: an ESRI real, seasonally adjusted table/],
    [
      'another base year',
      esriHeader('levels').map((l, i) => (i === 1 ? l.replace('(2020)', '(2015)') : l)),
      /:2:\d+: "\(Billions of Chained \(2015\) Yen\)" breaks the rule: billions of chained 2020 yen/,
    ],
    [
      'a changed layout',
      esriHeader('contributions').map((l, i) => (i === 5 ? l.replace('PublicInvestment', 'Exports') : l)),
      /:6:10: "Exports" breaks the rule: the column publicinvestment at column 10/,
    ],
  ])('refuses %s at the cell that shows it and leaves data/ byte for byte', (_what, header, message) => {
    const dir = fresh();
    const before = hashTree(dir);
    const plan = runIngest([download(dir, 'kiyo-jk.csv', [...header, '1994/ 1- 3.,1.0 ,0.4 ,0.4 ,0.3 ,0.1 ,0.2 ,0.3 ,0.1 ,0.1 ,0.0 ,0.1 ,0.2 ,0.1', ''].join('\n'))], opts(), dir);
    expect(plan.errors.join('\n')).toMatch(message);
    expect(hashTree(dir)).toEqual(before);
  });

  it('refuses a number it cannot read and a table cut short, naming line and column', () => {
    const dir = fresh();
    const held = readFileSync(path.join(dir, 'gdp-components.csv'), 'utf8');
    const bad = esriLevelsFrom(held).replace('"465,071.2 "', '"46x,071.2 "');
    expect(runIngest([download(dir, 'gaku-bad.csv', bad)], opts(), dir).errors.join('\n')).toMatch(/gaku-bad\.csv:8:2: "46x,071\.2" breaks the rule: a number/);
    expect(
      runIngest(
        [
          download(
            dir,
            'gaku-cut.csv',
            esriLevelsFrom(held, (rows) => rows.slice(8)),
          ),
        ],
        opts(),
        dir,
      ).errors.join('\n'),
    ).toMatch(/breaks the rule: ESRI's whole table from 1994-01-01/);
  });
});

describe('npm run ingest: MHLW’s COVID-19 file and the BOJ’s ETF purchase file', () => {
  it('reads MHLW’s national column from its own layout (BOM, 2023/5/7 dates) into covidCases', () => {
    const dir = fresh();
    const text = '\ufeffDate,ALL,Hokkaido,Tokyo,Okinawa\n2023/5/7,14344,658,2345 ,254\n2023/5/8,9489,577,1331,150\n';
    const plan = runIngest([download(dir, 'newly_confirmed_cases_daily.csv', text)], opts(), dir);
    expect(plan.errors).toEqual([]);
    expect(plan.reports[0]).toMatchObject({ series: 'covidCases', unchanged: 2, added: 0 });
  });

  it('reads the BOJ’s purchase file’s IndexETF column, skipping days without an operation, and refuses a revision', () => {
    const dir = fresh();
    const head = 'Date,IndexETF,SupportiveETF,J-REIT,LendingETF\n';
    const ok = runIngest([download(dir, 'boj_etf_reit_amount.csv', `${head}2023-10-03,,,,\n2023-10-04,701.0,,,\n`)], opts(), dir);
    expect(ok.errors).toEqual([]);
    expect(ok.reports[0]).toMatchObject({ series: 'bojEtf', unchanged: 1, missing: 1 });
    const before = hashTree(dir);
    const revised = runIngest([download(dir, 'boj_etf_reit_amount2.csv', `${head}2023-10-04,700.0,,,\n`)], opts(), dir);
    expect(revised.errors.join('\n')).toMatch(/:2:2: "700\.0" breaks the rule: the value \S*boj-etf-purchases\.csv has for 2023-10-04 \(701\.0\)/);
    expect(hashTree(dir)).toEqual(before);
  });
});
