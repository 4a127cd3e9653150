/**
 * `npm run bench`: how fast, heavy and good the built site is, against the budgets in README.
 *
 * Full build time (astro build + pagefind) with its phases (data loading and validation, facts, chart
 * rendering, Astro's own work) and peak memory; the same build with the Nikkei 225 series 4× and 16× as
 * long (synthetic earlier history); page weight of every page; the statistics page against the same page
 * drawn client-side with vega-embed (bytes, time to first chart); Lighthouse on every chapter page of both
 * languages; the archive build with 1, 4, 12 and every published edition, and an old edition's weight. Prints tables and PASS/FAIL per budget, and writes bench/results.json.
 * Build output goes to bench/out/ (git-ignored). Exit code 1 when a budget fails.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath, launchChromium } from './lib/browser';
import { timedBuild, type BuildRun } from './lib/bench-build';
import { embedWeight, makeEmbedSite, MOBILE_PROFILE, timeToFirstChart } from './lib/bench-embed';
import { LH_CATEGORIES, lighthouse, type LhResult } from './lib/bench-lighthouse';
import { timePhases, type Phases } from './lib/bench-phases';
import { kb, printBudgets, printTable, sec, type Budget } from './lib/bench-report';
import { scaledDataDir } from './lib/bench-synthetic';
import { pageWeight, sitePagePaths, type PageWeight } from './lib/bench-weight';
import { benchArchive, printArchive } from './lib/bench-archive';
import { serveDir } from './lib/serve';
import { buildReport } from '../src/lib/report/report';
import { loadReportInputs } from '../src/lib/report/report-fs';
import { LOCALES } from '../src/lib/i18n/locales';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench/out');
const DATA = path.join(ROOT, 'data');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
/** Cold loads of each page under Lighthouse's mobile throttling (seconds each for the vega-embed page). */
const MOBILE_RUNS = Number(process.env.BENCH_MOBILE_RUNS ?? 5);
/**
 * Which parts run (comma-separated; default all): `scales` (the ×4 and ×16 builds), `archive`, `browser`
 * (JavaScript-off reading, the vega-embed comparison, Lighthouse). The build of the real data and the
 * page weights always run. A budget whose part did not run is reported as not measured, and fails.
 */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'scales,archive,browser').split(','));
/** The deployment origin the bench builds for (absolute hreflang links); `.invalid` is a reserved placeholder. */
const SITE_URL = process.env.SITE_URL ?? 'https://nikkei225.invalid';
/** Budgets (README, "Benchmark and budgets"). */
const BUDGET = { buildMs: 60_000, pageGzKb: 35, statsGzKb: 25, readJsKb: 0, hoverGzKb: 20, lighthouse: 100, embedBytes: 12, embedSpeed: 5 };

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/** A chapter page: a report page other than the search page and the print route (the whole report on one page, the PDF's source). */
const LANG = LOCALES.join('|');
const isChapter = (p: string) => new RegExp(`^/(${LANG})/(?!search/|print/)`).test(p);

// 1. Builds: real data, then 4× and 16× the Nikkei 225 series; after one untimed build and phase run, so
// that disk caches and the JIT are warm for every timed one alike.
process.stderr.write('warming up…\n');
timedBuild(path.join(OUT, 'warm-up'), { SITE_URL });
await timePhases(DATA);
rmSync(path.join(OUT, 'warm-up'), { recursive: true, force: true });
interface Scale {
  factor: number;
  rows: number;
  build: BuildRun;
  phases: Phases;
  statsPage: PageWeight;
  siteBytes: number;
}
const scales: Scale[] = [];
for (const factor of PARTS.has('scales') ? [1, 4, 16] : [1]) {
  const data = factor === 1 ? { dir: DATA, rows: loadReportInputs(DATA).series.n225.dates.length } : scaledDataDir(DATA, factor);
  const out = path.join(OUT, `x${factor}`);
  process.stderr.write(`building with the Nikkei 225 series ×${factor} (${data.rows} rows)…\n`);
  const build = timedBuild(out, factor === 1 ? { SITE_URL } : { SITE_URL, REPORT_DATA_DIR: data.dir });
  const phases = await timePhases(data.dir);
  const siteBytes = sitePagePaths(out).reduce((a, p) => a + pageWeight(out, p).html.raw, 0);
  scales.push({ factor, rows: data.rows, build, phases, statsPage: pageWeight(out, '/en/statistics/'), siteBytes });
  if (factor !== 1) rmSync(data.dir, { recursive: true, force: true });
}
const base = scales[0]!;
const site = path.join(OUT, 'x1');
const astroOwn = (s: Scale) => s.build.astroMs - s.phases.loadMs - s.phases.factsMs - s.phases.chartsMs;

printTable(
  'Full build (astro build + pagefind), by Nikkei 225 series length',
  ['series', 'rows', 'total s', 'data ms', 'facts ms', 'charts ms', 'astro own s', 'pagefind s', 'peak MB', 'stats page KB gz', 'all HTML KB'],
  scales.map((s) => [
    `×${s.factor}`,
    s.rows,
    sec(s.build.totalMs),
    s.phases.loadMs.toFixed(0),
    s.phases.factsMs.toFixed(0),
    s.phases.chartsMs.toFixed(0),
    sec(astroOwn(s)),
    sec(s.build.pagefindMs),
    s.build.peakMb?.toFixed(0) ?? '?',
    kb(s.statsPage.total.gz),
    kb(s.siteBytes),
  ]),
);

// 1b. The archive build: 1, 4, 12 and every published edition, and an old edition's weight.
const archive = PARTS.has('archive') ? benchArchive(OUT, { SITE_URL }) : null;
const archiveBudget: Budget = archive ? printArchive(archive) : { name: 'archive: 12 editions against one (time)', measured: 'not measured (BENCH_PARTS)', limit: '', pass: false };
if (archive) rmSync(archive.site, { recursive: true, force: true });

// 2. Page weight of every page of the real build.
const weights = sitePagePaths(site).map((p) => pageWeight(site, p));
printTable(
  'Page weight (KB, raw / gzip); total = HTML + CSS + script files',
  ['page', 'HTML', 'CSS', 'JS', 'inline SVG', 'hover JS', 'total raw', 'total gz'],
  weights.map((w) => [
    w.page,
    `${kb(w.html.raw)} / ${kb(w.html.gz)}`,
    `${kb(w.css.raw)} / ${kb(w.css.gz)}`,
    `${kb(w.js.raw)} / ${kb(w.js.gz)}`,
    `${kb(w.svg.raw)} / ${kb(w.svg.gz)}`,
    `${kb(w.hover.raw)} / ${kb(w.hover.gz)}`,
    kb(w.total.raw),
    kb(w.total.gz),
  ]),
);

// 3. In Chromium: what JavaScript adds to reading, and the vega-embed comparison.
const chrome = chromiumPath();
const readJs: { page: string; same: boolean }[] = [];
/** Times to the first chart (ms): the page as built, the vega-embed page, the floor (its first chart alone). */
type ChartTimes = { staticMs: number; embedMs: number; floorMs: number };
let embed: (ChartTimes & { mobile: ChartTimes; staticW: PageWeight; embedW: PageWeight }) | null = null;
const lh: { page: string; result: LhResult }[] = [];
if (chrome && PARTS.has('browser')) {
  const report = buildReport(loadReportInputs(DATA), undefined);
  const { dir, embedPage, floorPage } = makeEmbedSite(site, '/en/statistics/', 'en', report);
  const served = await serveDir(dir);
  const browser = await launchChromium();
  try {
    const counts = async (p: string, js: boolean) => {
      const ctx = await browser.newContext({ javaScriptEnabled: js });
      const page = await ctx.newPage();
      await page.goto(served.url + p);
      const c = await page.evaluate(() => ({
        svgs: document.querySelectorAll('.chart svg').length,
        tables: document.querySelectorAll('table').length,
        text: document.querySelector('main')?.textContent?.length ?? 0,
      }));
      await ctx.close();
      return c;
    };
    for (const p of weights.map((w) => w.page).filter(isChapter)) {
      const [off, on] = [await counts(p, false), await counts(p, true)];
      readJs.push({ page: p, same: off.svgs === on.svgs && off.tables === on.tables && off.text === on.text });
    }
    const chartPages = [
      { url: `${served.url}/en/statistics/`, selector: '.chart' },
      { url: served.url + embedPage, selector: '.vega-target' },
      { url: served.url + floorPage, selector: '.chart' },
    ];
    const times = async (runs: number, mobile: boolean): Promise<ChartTimes> => {
      const [staticMs, embedMs, floorMs] = (await timeToFirstChart(browser, chartPages, runs, mobile)) as [number, number, number];
      return { staticMs, embedMs, floorMs };
    };
    const plain = await times(RUNS, false);
    const mobile = await times(MOBILE_RUNS, true);
    embed = { ...plain, mobile, staticW: pageWeight(dir, '/en/statistics/'), embedW: embedWeight(dir, embedPage) };
  } finally {
    await browser.close();
  }
  const { mobile } = embed;
  printTable(
    `/en/statistics/: inline SVG (as built) vs client-side vega-embed (median of ${RUNS} cold loads each, taking turns; under Lighthouse's mobile throttling, ${MOBILE_RUNS})`,
    ['page', 'total raw KB', 'total gz KB', 'JS gz KB', 'first chart ms', 'mobile profile ms'],
    [
      ['as built (inline SVG)', kb(embed.staticW.total.raw), kb(embed.staticW.total.gz), kb(embed.staticW.js.gz), embed.staticMs.toFixed(0), mobile.staticMs.toFixed(0)],
      ['vega-embed', kb(embed.embedW.total.raw), kb(embed.embedW.total.gz), kb(embed.embedW.js.gz), embed.embedMs.toFixed(0), mobile.embedMs.toFixed(0)],
      [
        'ratio (embed / built)',
        `${(embed.embedW.total.raw / embed.staticW.total.raw).toFixed(1)}×`,
        `${(embed.embedW.total.gz / embed.staticW.total.gz).toFixed(1)}×`,
        '',
        `${(embed.embedMs / embed.staticMs).toFixed(1)}×`,
        `${(mobile.embedMs / mobile.staticMs).toFixed(1)}×`,
      ],
      ['first chart alone (floor)', '', '', '', embed.floorMs.toFixed(0), mobile.floorMs.toFixed(0)],
      // No page can beat its floor, so this is the largest ratio the budget could reach on this machine.
      ['ratio (embed / floor)', '', '', '', `${(embed.embedMs / embed.floorMs).toFixed(1)}×`, `${(mobile.embedMs / mobile.floorMs).toFixed(1)}×`],
    ],
  );
  // Every chapter page of both languages (LH_PAGES, comma-separated, narrows it down).
  const lhPages = process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : weights.map((w) => w.page).filter(isChapter);
  for (const p of lhPages) {
    process.stderr.write(`lighthouse ${p}…\n`);
    lh.push({ page: p, result: await lighthouse(served.url + p, chrome) });
  }
  await served.close();
  rmSync(dir, { recursive: true, force: true });
  printTable(
    'Lighthouse (default mobile configuration, simulated throttling)',
    ['page', ...LH_CATEGORIES],
    lh.map((l) => [l.page, ...LH_CATEGORIES.map((c) => l.result.scores[c])]),
  );
  for (const l of lh) for (const f of l.result.failing) console.log(`  ${l.page} ${f}`);
} else if (PARTS.has('browser')) {
  console.log('\n!!! No Chromium: the browser measurements (vega-embed comparison, JavaScript, Lighthouse) are skipped.');
}

// 4. Budgets.
const chapters = weights.filter((w) => isChapter(w.page));
const heaviest = chapters.reduce((a, w) => (w.total.gz > a.total.gz ? w : a));
const hoverMax = chapters.reduce((a, w) => Math.max(a, w.hover.gz), 0);
const lhMin = lh.length ? Math.min(...lh.flatMap((l) => LH_CATEGORIES.map((c) => l.result.scores[c]))) : NaN;
const stats = weights.filter((w) => new RegExp(`^/(${LANG})/statistics/$`).test(w.page)).reduce((a, w) => (w.total.gz > a.total.gz ? w : a));
const embedBytes = embed ? embed.embedW.total.gz / embed.staticW.total.gz : NaN;
const embedSpeed = embed ? embed.embedMs / embed.staticMs : NaN;
const embedSpeedMobile = embed ? embed.mobile.embedMs / embed.mobile.staticMs : NaN;
const budgets: Budget[] = [
  {
    name: 'full build (both languages, astro + pagefind)',
    measured: `${sec(base.build.totalMs)} s`,
    limit: `< ${BUDGET.buildMs / 1000} s`,
    pass: base.build.totalMs < BUDGET.buildMs,
  },
  {
    name: 'statistics page, all included (gzip)',
    measured: `${kb(stats.total.gz)} KB ${stats.page}`,
    limit: `≤ ${BUDGET.statsGzKb} KB`,
    pass: stats.total.gz / 1024 <= BUDGET.statsGzKb,
  },
  {
    name: 'heaviest chapter page, all included (gzip)',
    measured: `${kb(heaviest.total.gz)} KB ${heaviest.page}`,
    limit: `≤ ${BUDGET.pageGzKb} KB`,
    pass: heaviest.total.gz / 1024 <= BUDGET.pageGzKb,
  },
  {
    name: 'vega-embed page / built page, bytes (gzip)',
    measured: Number.isNaN(embedBytes) ? 'not measured' : `${embedBytes.toFixed(1)}×`,
    limit: `≥ ${BUDGET.embedBytes}×`,
    pass: embedBytes >= BUDGET.embedBytes,
  },
  {
    // Judged unthrottled. Under the mobile profile each request's latency weighs on both pages alike, so
    // even the floor is barely 5× faster than vega-embed there; that figure is shown, not judged.
    name: 'vega-embed page / built page, time to first chart',
    measured: Number.isNaN(embedSpeed) ? 'not measured' : `${embedSpeed.toFixed(1)}× (mobile profile ${embedSpeedMobile.toFixed(1)}×)`,
    limit: `≥ ${BUDGET.embedSpeed}×`,
    pass: embedSpeed >= BUDGET.embedSpeed,
  },
  {
    name: 'JavaScript needed to read (chapter pages)',
    measured: readJs.length
      ? `${readJs.every((r) => r.same) ? 0 : 'some'} KB (${readJs.filter((r) => r.same).length}/${readJs.length} pages read the same without JS)`
      : 'not measured',
    limit: '0 KB',
    pass: readJs.length > 0 && readJs.every((r) => r.same),
  },
  { name: 'hover-detail script (gzip, per page)', measured: `${kb(hoverMax)} KB`, limit: `< ${BUDGET.hoverGzKb} KB`, pass: hoverMax / 1024 < BUDGET.hoverGzKb },
  {
    name: `Lighthouse, 4 categories × ${lh.length} pages (lowest score)`,
    measured: Number.isNaN(lhMin) ? 'not measured' : String(lhMin),
    limit: String(BUDGET.lighthouse),
    pass: lhMin >= BUDGET.lighthouse,
  },
  archiveBudget,
];
printBudgets(budgets);

const r1 = (n: number) => Math.round(n * 10) / 10;
const results = {
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memGb: r1(os.totalmem() / 2 ** 30), node: process.version, loadAvg1m: r1(os.loadavg()[0] ?? 0) },
  builds: scales.map((s) => ({
    factor: s.factor,
    n225Rows: s.rows,
    totalMs: r1(s.build.totalMs),
    astroMs: r1(s.build.astroMs),
    pagefindMs: r1(s.build.pagefindMs),
    peakMb: s.build.peakMb && r1(s.build.peakMb),
    phasesMs: { dataLoad: r1(s.phases.loadMs), facts: r1(s.phases.factsMs), charts: r1(s.phases.chartsMs), astroOwn: r1(astroOwn(s)) },
    chartsRendered: s.phases.charts,
    svgBytes: s.phases.svgBytes,
    statsPageBytes: s.statsPage.total,
    allHtmlBytes: s.siteBytes,
  })),
  archive: archive && {
    builds: archive.runs.map((x) => ({ editions: x.editions, totalMs: r1(x.build.totalMs), peakMb: x.build.peakMb && r1(x.build.peakMb) })),
    oldEdition: archive.weight,
  },
  pages: weights,
  embedComparison: embed && {
    page: '/en/statistics/',
    runs: RUNS,
    built: { bytes: embed.staticW.total, firstChartMs: r1(embed.staticMs) },
    vegaEmbed: { bytes: embed.embedW.total, firstChartMs: r1(embed.embedMs) },
    floor: { firstChartMs: r1(embed.floorMs) },
    mobileProfile: {
      runs: MOBILE_RUNS,
      throttling: MOBILE_PROFILE,
      built: { firstChartMs: r1(embed.mobile.staticMs) },
      vegaEmbed: { firstChartMs: r1(embed.mobile.embedMs) },
      floor: { firstChartMs: r1(embed.mobile.floorMs) },
    },
  },
  readsWithoutJs: readJs,
  lighthouse: lh.map((l) => ({ page: l.page, scores: l.result.scores, failing: l.result.failing })),
  budgets,
};
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
process.exitCode = budgets.every((b) => b.pass) ? 0 : 1;
