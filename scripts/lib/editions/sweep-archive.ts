/**
 * The edition sweep over the published editions: one archive build (every edition the report config
 * lists, as `npm run build:archive` makes it, without Pagefind) into a temporary folder, then the same
 * checks as an edition build on the latest edition's pages and on each old edition's
 * (`/editions/<as-of>/…`, against its own facts.json): no date after its as-of date, no unresolved
 * marker, no empty table, every data-chosen word agreeing with its facts …
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildErrorLines } from './build-edition';
import { checkBuiltSite, type EditionOutcome } from './sweep';

/** Builds the archive and checks every edition in it; one outcome per edition (the latest first). */
export function sweepPublished(root: string, env: NodeJS.ProcessEnv = process.env): EditionOutcome[] {
  const out = mkdtempSync(path.join(tmpdir(), 'n225-archive-'));
  try {
    const t0 = performance.now();
    const r = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
      cwd: root,
      env: { ...env, REPORT_ARCHIVE: 'all', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - t0) / 1000;
    const spec = (label: string, asOf: string | null) => ({ label, asOf });
    if (r.status !== 0)
      return [{ spec: spec('published editions', null), asOf: null, seconds, problems: [{ check: 'build', page: '-', detail: buildErrorLines(`${r.stdout}\n${r.stderr}`) }] }];
    const latest = checkBuiltSite(out, null, (f) => f.startsWith('editions/'));
    const outcomes: EditionOutcome[] = [{ spec: spec('published: latest', null), asOf: latest.asOf, seconds, problems: latest.problems }];
    for (const id of readdirSync(path.join(out, 'editions')).sort().reverse()) {
      const { asOf, problems } = checkBuiltSite(path.join(out, 'editions', id), id);
      outcomes.push({ spec: spec(`published: /editions/${id}/`, id), asOf, seconds: 0, problems });
    }
    return outcomes;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
