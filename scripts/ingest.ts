/**
 * Ingests downloaded data into data/ (or REPORT_DATA_DIR):
 *   npm run ingest -- <file>... [--series <id>] [--format yahoo|stooq|fred|estat|mof|plain] [--column <header>]
 *                     [--accept-revisions] [--allow jump,gap,weekend,stale,missing,holiday] [--dry-run] [--wait <s>]
 *   npm run ingest -- --repair      (only finish or undo an interrupted ingest and remove its leftovers)
 * Prints a summary; exits 1 (writing nothing) on bad input, unaccepted revisions, implausible rows, a
 * busy lock or a failed write, 2 on a usage error. Never prints a stack trace unless INGEST_DEBUG is set.
 * Test hooks: INGEST_NOW fixes the clock; INGEST_FAULT injects a fault into the commit (atomic-fs.ts).
 * See README "Update the data" and src/lib/ingest/.
 */
import { parseArgs } from 'node:util';
import { SERIES_IDS, type SeriesId } from '../src/lib/data/series-catalog';
import { FORMATS, type Format } from '../src/lib/ingest/formats';
import { runIngest } from '../src/lib/ingest/ingest-fs';
import { CHECKS, type Check } from '../src/lib/ingest/plausibility';
import { exitCode, summaryLines } from '../src/lib/ingest/summary';

const usage = `usage: npm run ingest -- <file>... [--series ${SERIES_IDS.join('|')}] [--format ${FORMATS.join('|')}] [--column <header>]
       [--accept-revisions] [--allow ${CHECKS.join(',')}] [--allow-jumps] [--allow-gaps] [--allow-weekends] [--allow-stale] [--dry-run] [--wait <seconds>]
       npm run ingest -- --repair`;

function fail(msg: string): never {
  console.error(`${msg}\n${usage}`);
  process.exit(2);
}

/** The write time recorded in sources.json: now, or INGEST_NOW (an ISO timestamp) for reproducible runs and tests. */
function nowIso(): string {
  const fixed = process.env.INGEST_NOW;
  if (fixed && !Number.isNaN(Date.parse(fixed))) return new Date(fixed).toISOString();
  return new Date().toISOString();
}

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        series: { type: 'string' },
        format: { type: 'string' },
        column: { type: 'string' },
        'accept-revisions': { type: 'boolean', default: false },
        allow: { type: 'string', multiple: true, default: [] },
        'allow-jumps': { type: 'boolean' },
        'allow-gaps': { type: 'boolean' },
        'allow-weekends': { type: 'boolean' },
        'allow-stale': { type: 'boolean' },
        'dry-run': { type: 'boolean', default: false },
        wait: { type: 'string' },
        repair: { type: 'boolean', default: false },
        help: { type: 'boolean' },
      },
    });
  } catch (err) {
    fail((err as Error).message);
  }
  const { values: v, positionals: files } = args;
  if (v.help) {
    console.log(usage);
    return 0;
  }
  if (files.length === 0 && !v.repair) fail('no input files');
  if (v.series !== undefined && !SERIES_IDS.includes(v.series as SeriesId)) fail(`--series ${v.series}: not a series of the catalogue`);
  if (v.format !== undefined && !FORMATS.includes(v.format as Format)) fail(`--format ${v.format}: not a format this command reads`);
  const waitS = v.wait === undefined ? 30 : Number(v.wait);
  if (!Number.isFinite(waitS) || waitS < 0) fail(`--wait ${v.wait}: a number of seconds`);
  const allow = new Set<Check>();
  for (const word of v.allow.flatMap((a) => a.split(','))) {
    const check = word.trim().replace(/s$/, '') as Check;
    if (!CHECKS.includes(check)) fail(`--allow ${word}: not a check (${CHECKS.join(', ')})`);
    allow.add(check);
  }
  if (v['allow-jumps']) allow.add('jump');
  if (v['allow-gaps']) allow.add('gap');
  if (v['allow-weekends']) allow.add('weekend');
  if (v['allow-stale']) allow.add('stale');

  const started = performance.now();
  const plan = runIngest(files, {
    ...(v.series ? { series: v.series as SeriesId } : {}),
    ...(v.format ? { format: v.format as Format } : {}),
    ...(v.column !== undefined ? { column: v.column } : {}),
    acceptRevisions: v['accept-revisions'],
    allow,
    now: nowIso(),
    dryRun: v['dry-run'],
    waitMs: waitS * 1000,
    onWait: (owner) => console.error(`waiting up to ${waitS} s for another ingest to finish (${owner}) ...`),
  });
  const code = exitCode(plan);
  const lines = summaryLines(plan, { dryRun: v['dry-run'] });
  (code ? console.error : console.log)(lines.join('\n'));
  if (process.env.INGEST_TIMING) console.error(`ingest took ${(performance.now() - started).toFixed(0)} ms, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  return code;
}

try {
  process.exitCode = main();
} catch (err) {
  // A defect of this command, not of the input: one line, no stack trace (INGEST_DEBUG=1 shows it).
  console.error(`ingest: internal error: ${(err as Error).message}; nothing was written unless a line above says so`);
  if (process.env.INGEST_DEBUG) console.error((err as Error).stack);
  process.exitCode = 1;
}
