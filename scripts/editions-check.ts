/**
 * `npm run editions:check` — builds editions of the report for many as-of dates and checks every page of
 * both languages (dates after the as-of date, unresolved markers, NaN, empty tables, charts and
 * headings, data-chosen words against facts.json) plus the chapters' MDX (no signed fact beside a fixed
 * direction word). Prints seconds and problems per edition and a summary; exits 1 on any problem.
 *
 *   npm run editions:check                          the default editions (--all)
 *   npm run editions:check -- --editions 1987-10-30,2008-10-28,latest
 *   npm run editions:check -- --mdx-only            only the MDX checks (direction words; the scan below)
 *   npm run editions:check -- --no-scan             skip the in-process scan
 *   npm run editions:check -- --published           the published editions instead: one archive build
 *                                                   (npm run build:archive), every edition in it checked
 *
 * Besides the built editions, an in-process scan builds the report (not the site) as of the last day
 * of every month from the first edition the data allow (1966) to the last, and checks
 * what every chapter would show: each visible fact has a value, each data-chosen word has words for
 * its value, each figure placed or referred to has data. A minute or two.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepPublished } from './lib/editions/sweep-archive';
import { DEFAULT_EDITIONS, mdxProblems, problemLines, scanEditions, scanLine, sweepEdition, type EditionOutcome, type EditionSpec } from './lib/editions/sweep';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): { editions: EditionSpec[]; mdxOnly: boolean; scan: boolean; published: boolean } {
  let editions: EditionSpec[] = [...DEFAULT_EDITIONS];
  let mdxOnly = false;
  let scan = true;
  let published = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--all') editions = [...DEFAULT_EDITIONS];
    else if (a === '--mdx-only') mdxOnly = true;
    else if (a === '--no-scan') scan = false;
    else if (a === '--published') published = true;
    else if (a === '--editions' || a.startsWith('--editions=')) {
      const list = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!list) throw new Error('--editions needs a comma-separated list of dates (YYYY-MM-DD) or "latest".');
      editions = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((d) => {
          if (d !== 'latest' && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`--editions: "${d}" is not a date written YYYY-MM-DD or "latest".`);
          return { label: d, asOf: d === 'latest' ? null : d };
        });
    } else throw new Error(`Unknown argument "${a}". Use --all, --editions a,b,c, --published, --mdx-only or --no-scan.`);
  }
  return { editions, mdxOnly, scan, published };
}

function main(): number {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const t0 = performance.now();
  const mdx = mdxProblems(ROOT);
  console.log(`MDX (both languages, every edition): ${mdx.length === 0 ? 'ok' : `${mdx.length} problem(s)`}`);
  for (const l of problemLines(mdx)) console.log(`  ${l}`);
  const scan = args.scan ? scanEditions(ROOT) : [];
  if (args.scan) {
    console.log(`Scan (report as of every month-end, both languages): ${scan.length === 0 ? 'ok' : `${scan.length} problem(s)`}`);
    for (const f of scan) console.log(`  ${scanLine(f)}`);
  }
  const outcomes: EditionOutcome[] = [];
  if (!args.mdxOnly && args.published) {
    for (const o of sweepPublished(ROOT)) {
      outcomes.push(o);
      console.log(`${(o.asOf ?? '-').padEnd(26)} ${o.seconds.toFixed(1).padStart(5)} s  ${o.problems.length === 0 ? 'ok' : `${o.problems.length} problem(s)`}  (${o.spec.label})`);
      for (const l of problemLines(o.problems)) console.log(`  ${l}`);
    }
  } else if (!args.mdxOnly) {
    for (const spec of args.editions) {
      const o = sweepEdition(ROOT, spec);
      outcomes.push(o);
      const name = `${spec.asOf ?? 'latest'}${o.asOf && o.asOf !== spec.asOf ? ` -> ${o.asOf}` : ''}`;
      console.log(`${name.padEnd(26)} ${o.seconds.toFixed(1).padStart(5)} s  ${o.problems.length === 0 ? 'ok' : `${o.problems.length} problem(s)`}  (${spec.label})`);
      for (const l of problemLines(o.problems)) console.log(`  ${l}`);
    }
  }
  const failed = outcomes.filter((o) => o.problems.length > 0);
  const total = outcomes.reduce((n, o) => n + o.problems.length, 0) + mdx.length + scan.length;
  console.log('');
  console.log(
    `Summary: ${outcomes.length} edition(s) in ${((performance.now() - t0) / 1000).toFixed(0)} s; ${outcomes.length - failed.length} clean, ${failed.length} with problems; MDX ${mdx.length} problem(s); scan ${scan.length} problem(s); ${total} problem(s) in all.`,
  );
  if (failed.length > 0) console.log(`With problems: ${failed.map((o) => o.spec.asOf ?? 'latest').join(', ')}`);
  return total === 0 ? 0 : 1;
}

process.exitCode = main();
