/**
 * The edition sweep: builds editions of the report for many as-of dates, each into its own temporary
 * folder, and checks every page of both languages (page-checks.ts), every figure's CSV, and — once, for
 * all editions — the chapters' MDX (direction-words.ts). Used by `npm run editions:check` and by CI.
 */
import { CHAPTER_SLUGS, chapterStringsPath } from '../../../src/chapters/registry';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadReportInputs } from '../../../src/lib/report/report-fs';
import { buildEdition } from './build-edition';
import { directionProblems } from './direction-words';
import { LOCALES, WRITTEN_LOCALES } from '../../../src/lib/i18n/locales';
import { chapterProse } from '../../../src/lib/i18n/prose-fs';
import { factSigns, probeDates } from './fact-signs';
import { resolveMdx } from './mdx-resolve';
import { checkPage, flattenPlain } from './page-checks';
import { buildReport } from '../../../src/lib/report/report';
import { firstEditionDate } from '../../../src/lib/report/edition';

/** One edition to sweep: a label for the report and the as-of date asked for (null: the latest). */
export interface EditionSpec {
  label: string;
  asOf: string | null;
}

/**
 * The default editions: year-ends across the data, crisis dates, a weekend, a holiday and the latest.
 * 1966-06-30 is the first year a statistics window (from 1 January of the previous year) can hold.
 */
export const DEFAULT_EDITIONS: readonly EditionSpec[] = [
  { label: 'first year', asOf: '1966-06-30' },
  { label: 'year-end 1971', asOf: '1971-12-30' },
  { label: 'year-end 1979', asOf: '1979-12-28' },
  { label: 'year-end 1985', asOf: '1985-12-28' },
  { label: 'Black Monday, month end', asOf: '1987-10-30' },
  { label: 'the 1989 peak, year-end', asOf: '1989-12-29' },
  { label: 'bubble burst', asOf: '1990-10-01' },
  { label: 'year-end 1995', asOf: '1995-12-29' },
  { label: 'dot-com', asOf: '2000-04-28' },
  { label: 'year-end 2004', asOf: '2004-12-30' },
  { label: 'Lehman', asOf: '2008-10-28' },
  { label: 'year-end 2008', asOf: '2008-12-30' },
  { label: 'Tohoku earthquake', asOf: '2011-03-31' },
  { label: 'taper tantrum', asOf: '2013-05-31' },
  { label: 'mid-2016', asOf: '2016-06-30' },
  { label: 'year-end 2019', asOf: '2019-12-30' },
  { label: 'COVID-19', asOf: '2020-03-31' },
  { label: 'weekend (Sunday)', asOf: '2021-09-12' },
  { label: "end of the 2022 report's window", asOf: '2022-06-30' },
  { label: 'first edition that knows the 2022 report', asOf: '2022-07-21' },
  { label: 'holiday (Constitution Day)', asOf: '2023-05-03' },
  { label: 'yen carry unwind', asOf: '2024-08-05' },
  { label: 'year-end 2024', asOf: '2024-12-30' },
  { label: 'latest', asOf: null },
];

export interface Problem {
  check: string;
  page: string;
  detail: string;
}

export interface EditionOutcome {
  spec: EditionSpec;
  /** The as-of date the edition resolved to (a trading day), when it built. */
  asOf: string | null;
  seconds: number;
  problems: Problem[];
}

/** The figure CSVs of a built edition: a header with no rows, or a cell that is not a number where one was written. */
function csvProblems(dir: string): Problem[] {
  const figDir = path.join(dir, 'data/figures');
  const out: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(figDir)
      .filter((f) => f.endsWith('.csv'))
      .sort();
  } catch {
    return [{ check: 'csv', page: '/data/figures/', detail: 'no figure CSVs were built' }];
  }
  for (const f of names) {
    const text = readFileSync(path.join(figDir, f), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const page = `/data/figures/${f}`;
    if (lines.length < 2) out.push({ check: 'empty-table', page, detail: 'the CSV has a header and no rows' });
    for (const m of text.matchAll(/(^|,)(NaN|undefined|-?Infinity)(?=,|\r?\n|$)/gm)) out.push({ check: 'not-a-number', page, detail: `cell "${m[2]}"` });
  }
  return out;
}

/**
 * Every problem of a site built into `dir`: each HTML page (both languages, print and data pages
 * included) and each figure CSV. `requested` is the as-of date asked for, to check the edition resolved
 * to a date on or before it; `skip` leaves out pages (by path in `dir`), such as an archive's old editions.
 */
export function checkBuiltSite(dir: string, requested: string | null, skip: (file: string) => boolean = () => false): { asOf: string; problems: Problem[] } {
  const factsJson = JSON.parse(readFileSync(path.join(dir, 'data/facts.json'), 'utf8')) as { edition: { asOf: string }; facts: unknown };
  const asOf = factsJson.edition.asOf;
  const facts = flattenPlain(factsJson.facts);
  const problems: Problem[] = [];
  if (requested !== null && asOf > requested) problems.push({ check: 'as-of', page: '/data/facts.json', detail: `asked for ${requested}, built ${asOf}` });
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !skip(f.replace(/\\/g, '/')))
    .sort();
  for (const f of pages) {
    const url = `/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
    problems.push(...checkPage(url, readFileSync(path.join(dir, f), 'utf8'), asOf, facts));
  }
  problems.push(...csvProblems(dir));
  return { asOf, problems };
}

/** Builds one edition into a temporary folder, checks it, and removes the folder. */
export function sweepEdition(root: string, spec: EditionSpec, env: NodeJS.ProcessEnv = process.env): EditionOutcome {
  const out = mkdtempSync(path.join(tmpdir(), 'n225-edition-'));
  try {
    const b = buildEdition(root, spec.asOf, out, env);
    if (!b.ok) return { spec, asOf: null, seconds: b.seconds, problems: [{ check: 'build', page: '-', detail: b.error ?? 'the build failed' }] };
    const { asOf, problems } = checkBuiltSite(out, spec.asOf);
    return { spec, asOf, seconds: b.seconds, problems };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The MDX check over every chapter of both languages (and the UI strings that name facts), with each fact's sign taken over editions from the data's first year to its last date. */
export function mdxProblems(root: string, dataDir = process.env.REPORT_DATA_DIR ?? path.join(root, 'data')): Problem[] {
  const inputs = loadReportInputs(dataDir);
  const dates = inputs.series.n225.dates;
  const extra = DEFAULT_EDITIONS.map((e) => e.asOf).filter((d): d is string => d !== null);
  const signs = factSigns(inputs, probeDates(Number((dates[0] as string).slice(0, 4)), dates[dates.length - 1] as string, extra));
  const out: Problem[] = [];
  // Written languages only: a derived language's prose and strings are its source's, converted word for word (direction-words.ts).
  for (const lang of WRITTEN_LOCALES) {
    for (const slug of CHAPTER_SLUGS) {
      const { file, text } = chapterProse(root, slug, lang);
      for (const p of directionProblems(file, text, lang, signs)) out.push({ check: 'fixed-direction-word', page: `${p.file}:${p.line}`, detail: p.detail });
    }
  }
  // UI strings (captions, text alternatives, table labels) name facts as {fact.key}: the same rule holds there.
  for (const lang of WRITTEN_LOCALES) {
    const dir = 'src/lib/i18n/strings';
    const files = [
      `${dir}/${lang}.json`,
      ...readdirSync(path.join(root, dir, lang))
        .filter((x) => x.endsWith('.json'))
        .sort()
        .map((f) => `${dir}/${lang}/${f}`),
      ...CHAPTER_SLUGS.map((slug) => chapterStringsPath(slug, lang)),
    ];
    for (const f of files) {
      const lines = readFileSync(path.join(root, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const m = /^\s*"([^"]+)":\s*"(.*)",?\s*$/.exec(line);
        if (!m || !(m[2] as string).includes('{')) return;
        const asMdx = (m[2] as string).replace(/\{([A-Za-z0-9_.-]+)\}/g, (_, k: string) => `<V k="${k}" />`);
        for (const p of directionProblems(f, asMdx, lang, signs)) out.push({ check: 'fixed-direction-word', page: `${f}:${i + 1} (${m[1]})`, detail: p.detail });
      });
    }
  }
  return out;
}

/** A problem list as lines, problems that repeat on several pages (a chapter page and the print page) written once with their pages. */
export function problemLines(problems: readonly Problem[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const p of problems) {
    const key = `${p.check}: ${p.detail}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p.page]);
  }
  return [...byKey]
    .map(([key, all]) => [key, [...new Set(all)]] as const)
    .map(([key, pages]) => `${key}  [${pages.length > 3 ? `${pages.slice(0, 3).join(', ')} +${pages.length - 3}` : pages.join(', ')}]`);
}

/** One problem the in-process scan met, with the as-of dates it was met on. */
export interface ScanFinding {
  detail: string;
  dates: string[];
}

/** As-of dates for the scan: the first edition the data allow, the last day of every `stepMonths`-th month after it, and the data's last date. */
export function scanDates(tradingDates: readonly string[], stepMonths = 1): string[] {
  const first = firstEditionDate(tradingDates);
  const last = tradingDates[tradingDates.length - 1];
  if (!first || !last) return [];
  const out = [first];
  for (let y = Number(first.slice(0, 4)), m = 1; `${y}-${String(m).padStart(2, '0')}-01` <= last; m += stepMonths) {
    while (m > 12) {
      m -= 12;
      y += 1;
    }
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (end > first && end <= last) out.push(end);
  }
  return [...new Set([...out, last])].sort();
}

/**
 * The in-process scan (mdx-resolve.ts): for each as-of date, builds the edition's report (no site) and
 * checks what every chapter of both languages would show. A report that cannot be built is a finding too.
 */
export function scanEditions(root: string, dates: readonly string[] | null = null, dataDir = process.env.REPORT_DATA_DIR ?? path.join(root, 'data')): ScanFinding[] {
  const inputs = loadReportInputs(dataDir);
  const files = LOCALES.flatMap((lang) => CHAPTER_SLUGS.map((slug) => ({ lang, ...chapterProse(root, slug, lang) })));
  const found = new Map<string, string[]>();
  const note = (detail: string, d: string) => found.set(detail, [...(found.get(detail) ?? []), d]);
  for (const d of dates ?? scanDates(inputs.series.n225.dates)) {
    let report;
    try {
      report = buildReport(inputs, d);
    } catch (e) {
      note(`the report cannot be built: ${(e as Error).message}`, d);
      continue;
    }
    for (const f of files) for (const p of resolveMdx(f.file, f.text, report, f.lang)) note(`${p.file}:${p.line}: ${p.detail}`, d);
  }
  return [...found].map(([detail, ds]) => ({ detail, dates: ds })).sort((a, b) => a.detail.localeCompare(b.detail));
}

/** A scan finding as one line: the problem, and on how many of the scanned dates (first … last) it was met. */
export function scanLine(f: ScanFinding): string {
  const n = f.dates.length;
  return `${f.detail}  [${n} date${n === 1 ? '' : 's'}: ${f.dates[0]}${n > 1 ? ` … ${f.dates[n - 1]}` : ''}]`;
}
