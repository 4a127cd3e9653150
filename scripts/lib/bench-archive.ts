/**
 * The archive build measured: wall time (astro + pagefind, as `npm run build:archive`) for the latest
 * edition alone (the plain build), for the latest with three old editions, with eleven, and with every
 * published edition, each in one astro build; and the weight of one old edition (its pages, data and
 * heaviest page). Figures only: the budget (twelve editions in at most four times one) is checked by
 * the caller and printed, never asserted in a test.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { timedBuild, type BuildRun } from './bench-build';
import { pageWeight, type PageWeight } from './bench-weight';
import { REPORT_CONFIG } from '../../src/lib/config/active';
import { searchGlob } from './search-glob';
import { kb, printTable, sec } from './bench-report';

export interface ArchiveRun {
  /** Editions built, the latest included. */
  editions: number;
  build: BuildRun;
}

export interface OldEditionWeight {
  id: string;
  files: number;
  bytes: number;
  htmlBytes: number;
  dataBytes: number;
  heaviest: PageWeight;
}

/** The config's listed old-edition dates, newest first. */
function listedOld(): string[] {
  return REPORT_CONFIG.editions
    .map((e) => e.date)
    .filter((d) => d !== 'latest')
    .reverse();
}

/** Every file under `dir` with its size. */
function filesOf(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      return { file: path.relative(dir, full).replace(/\\/g, '/'), bytes: statSync(full).size };
    });
}

/** The weight of old edition `id` in the built site `site`. */
export function oldEditionWeight(site: string, id: string): OldEditionWeight {
  const dir = path.join(site, 'editions', id);
  const files = filesOf(dir);
  const pages = files.filter((f) => f.file.endsWith('index.html')).map((f) => `/editions/${id}/${f.file.replace(/index\.html$/, '')}`);
  const weights = pages.map((p) => pageWeight(site, p));
  return {
    id,
    files: files.length,
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    htmlBytes: files.filter((f) => f.file.endsWith('.html')).reduce((a, f) => a + f.bytes, 0),
    dataBytes: files.filter((f) => f.file.startsWith('data/')).reduce((a, f) => a + f.bytes, 0),
    heaviest: weights.reduce((a, w) => (w.total.gz > a.total.gz ? w : a)),
  };
}

/**
 * Times archive builds into `outRoot`/archive-<n> with 1, 4, 12 and every edition (the latest at
 * REPORT_AS_OF or the data's end, plus the newest listed old editions); keeps the last (every
 * edition) for the weight of an old edition, removes the others.
 */
export function benchArchive(outRoot: string, env: Record<string, string>): { runs: ArchiveRun[]; site: string; weight: OldEditionWeight | null } {
  const old = listedOld();
  const counts = [...new Set([0, 3, Math.min(11, old.length), old.length])];
  const runs: ArchiveRun[] = [];
  let site = '';
  for (const n of counts) {
    const out = path.join(outRoot, `archive-${n + 1}`);
    process.stderr.write(`archive build: the latest and ${n} old edition(s)…\n`);
    const extra = n === 0 ? env : { ...env, REPORT_ARCHIVE: old.slice(0, n).join(',') };
    runs.push({ editions: n + 1, build: timedBuild(out, extra, ['--glob', searchGlob(REPORT_CONFIG.locales)]) });
    if (site) rmSync(site, { recursive: true, force: true });
    site = out;
  }
  const ids = readdirSync(path.join(site, 'editions'), { withFileTypes: true }).filter((d) => d.isDirectory());
  const weight = ids.length > 0 ? oldEditionWeight(site, ids.map((d) => d.name).sort()[0]!) : null;
  return { runs, site, weight };
}

/** Prints the archive builds and the old edition's weight; returns the budget line (twelve editions ≤ 4 × one). */
export function printArchive(r: { runs: ArchiveRun[]; weight: OldEditionWeight | null }): { name: string; measured: string; limit: string; pass: boolean } {
  const one = r.runs[0]!.build.totalMs;
  printTable(
    'Archive build (one astro build + pagefind), by editions built',
    ['editions', 'total s', 'astro s', 'pagefind s', 'peak MB', '× one edition'],
    r.runs.map((x) => [x.editions, sec(x.build.totalMs), sec(x.build.astroMs), sec(x.build.pagefindMs), x.build.peakMb?.toFixed(0) ?? '?', (x.build.totalMs / one).toFixed(2)]),
  );
  if (r.weight) {
    const w = r.weight;
    printTable(
      `Old edition ${w.id}: weight on the host`,
      ['files', 'all KB', 'HTML KB', 'data KB (facts, CSVs)', 'heaviest page', 'its total KB raw / gz'],
      [[w.files, kb(w.bytes), kb(w.htmlBytes), kb(w.dataBytes), w.heaviest.page, `${kb(w.heaviest.total.raw)} / ${kb(w.heaviest.total.gz)}`]],
    );
  }
  const twelve = r.runs.find((x) => x.editions === 12);
  const ratio = twelve ? twelve.build.totalMs / one : NaN;
  return { name: 'archive: 12 editions against one (time)', measured: Number.isNaN(ratio) ? 'not measured' : `${ratio.toFixed(2)}×`, limit: '≤ 4×', pass: ratio <= 4 };
}
