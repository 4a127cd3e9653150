/**
 * Ingests downloaded data into data/ (or REPORT_DATA_DIR):
 *   npm run ingest -- <file>... [--series <id>] [--format yahoo|stooq|fred|estat|plain]
 *                     [--accept-revisions] [--allow jump,gap,weekend,stale] [--allow-jumps ...] [--dry-run]
 * Prints a summary; exits 1 (writing nothing) on bad input, unaccepted revisions or implausible rows,
 * 2 on a usage error. See README "Update the data" and src/lib/ingest/.
 */
import { parseArgs } from 'node:util';
import { SERIES_IDS, type SeriesId } from '../src/lib/data/series-catalog';
import { FORMATS, type Format } from '../src/lib/ingest/formats';
import { runIngest } from '../src/lib/ingest/ingest-fs';
import { CHECKS, type Check } from '../src/lib/ingest/plausibility';
import { summaryLines } from '../src/lib/ingest/summary';

const usage = `usage: npm run ingest -- <file>... [--series ${SERIES_IDS.join('|')}] [--format ${FORMATS.join('|')}]
       [--accept-revisions] [--allow ${CHECKS.join(',')}] [--allow-jumps] [--allow-gaps] [--allow-weekends] [--allow-stale] [--dry-run]`;

function fail(msg: string): never {
  console.error(`${msg}\n${usage}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      series: { type: 'string' }, format: { type: 'string' }, 'accept-revisions': { type: 'boolean', default: false },
      allow: { type: 'string', multiple: true, default: [] }, 'allow-jumps': { type: 'boolean' }, 'allow-gaps': { type: 'boolean' },
      'allow-weekends': { type: 'boolean' }, 'allow-stale': { type: 'boolean' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean' },
    },
  });
} catch (err) {
  fail((err as Error).message);
}
const { values: v, positionals: files } = args;
if (v.help) {
  console.log(usage);
  process.exit(0);
}
if (files.length === 0) fail('no input files');
if (v.series !== undefined && !SERIES_IDS.includes(v.series as SeriesId)) fail(`--series ${v.series}: not a series of the catalogue`);
if (v.format !== undefined && !FORMATS.includes(v.format as Format)) fail(`--format ${v.format}: not a format this command reads`);
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
  acceptRevisions: v['accept-revisions'], allow, now: new Date().toISOString(), dryRun: v['dry-run'],
});
const lines = summaryLines(plan, { dryRun: v['dry-run'] });
(plan.errors.length > 0 ? console.error : console.log)(lines.join('\n'));
if (process.env.INGEST_TIMING) console.error(`ingest took ${(performance.now() - started).toFixed(0)} ms`);
process.exit(plan.errors.length > 0 ? 1 : 0);
