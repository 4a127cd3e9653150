/**
 * `npm run pdf` (after `npm run build`): prints the whole report, one PDF per language, from the built
 * site's print routes with headless Chromium.
 *
 *   npm run pdf                      A4, into dist/pdf/ and the site links them (see below)
 *   npm run pdf -- --letter          US Letter instead of A4
 *   npm run pdf -- --out DIR         only write the PDFs into DIR (tests, benchmarks); no linking
 *   npm run pdf -- --dist DIR        print a site built into DIR (default dist, the report config's outDir)
 *
 * Linking without a 404: a build empties dist/, so the PDFs are also kept in the gitignored staging
 * folder public/pdf/ (older editions' PDFs there are removed). Each build copies public/ into dist/ and
 * renders "下载 PDF / Download PDF" only for a PDF staged for its edition (src/lib/site/pdf-fs.ts). Unless
 * the built pages already link these very bytes, this script then runs `npm run build` for the same
 * edition, so dist/ ends up exactly as a build with these PDFs staged makes it.
 */
import { REPORT_CONFIG } from '../src/lib/config/active';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isReportPdfName, PDF_STAGING_DIR, pdfHref } from '../src/lib/site/pdf';
import { builtEdition, printReports } from './lib/pdf-report';

const { values } = parseArgs({
  options: { letter: { type: 'boolean', default: false }, out: { type: 'string' }, dist: { type: 'string', default: REPORT_CONFIG.outDir } },
});
const dist = path.resolve(values.dist);
const paper = values.letter ? 'Letter' : 'A4';
const log = (line: string) => console.log(line);

try {
  const t0 = performance.now();
  if (values.out) {
    await printReports({ dist, outDir: path.resolve(values.out), paper, log });
  } else {
    const staging = path.resolve(PDF_STAGING_DIR);
    const printed = await printReports({ dist, outDir: path.join(dist, 'pdf'), paper, log });
    mkdirSync(staging, { recursive: true });
    const asOf = builtEdition(dist);
    // dist/ is already what a build would make only when its pages link exactly these bytes (the link
    // states the file's size); printing the same edition twice gives the same bytes.
    const same = (p: (typeof printed)[number]) => {
      const staged = path.join(staging, path.basename(p.file));
      return (
        existsSync(staged) &&
        readFileSync(staged).equals(readFileSync(p.file)) &&
        readFileSync(path.join(dist, p.locale, 'index.html'), 'utf8').includes(`href="${pdfHref(p.locale, asOf)}"`)
      );
    };
    const upToDate = printed.every(same);
    const keep = new Set(printed.map((p) => path.basename(p.file)));
    for (const f of readdirSync(staging)) if (isReportPdfName(f) && !keep.has(f)) rmSync(path.join(staging, f));
    for (const p of printed) copyFileSync(p.file, path.join(staging, path.basename(p.file)));
    log(`staged in ${path.relative(process.cwd(), staging)}/ for the next builds`);
    if (upToDate) {
      log('linking: the built pages already link these very files');
    } else if (dist !== path.resolve(REPORT_CONFIG.outDir)) {
      log(`linking: rebuild the site in ${dist} to link the new PDFs`);
    } else {
      // The same build as `npm run build` (astro, then the search index), for the same edition.
      log(`linking: rebuilding the site (npm run build) for the ${asOf} edition so its pages link the PDFs`);
      // An archive build (npm run build:archive) is rebuilt as one, with the same old editions.
      const editionsFile = path.join(dist, 'data/editions.json');
      const archive = existsSync(editionsFile)
        ? [
            '--',
            `--archive=${(JSON.parse(readFileSync(editionsFile, 'utf8')) as { editions: { listed: string | null }[] }).editions.flatMap((e) => e.listed ?? []).join(',') || 'all'}`,
          ]
        : [];
      execFileSync('npm', ['run', '--silent', 'build', ...archive], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, REPORT_AS_OF: asOf } });
    }
  }
  log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(`npm run pdf: ${(err as Error).message}`);
  process.exit(1);
}
