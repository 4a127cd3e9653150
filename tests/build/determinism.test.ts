import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../lib/shared-builds';
import { firstDifference, treeHashes } from './lib/site';

/**
 * The same data and code give a byte-identical site, search index included: dist/ (from `npm run build`,
 * which README's test command runs first) against one more build of the same inputs into a temporary
 * folder. A difference names the first file, in sorted order, that differs.
 */
const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
let out: string;

beforeAll(() => {
  if (!existsSync(path.join(DIST, 'zh/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  out = mkdtempSync(path.join(tmpdir(), 'n225-again-'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  astroBuild(out, env);
  execFileSync(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', out, '--silent'], { cwd: ROOT, env, stdio: 'pipe' });
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('two builds of the same inputs', () => {
  it('are byte-identical, Pagefind index included', () => {
    const a = treeHashes(DIST);
    const b = treeHashes(out);
    const diff = firstDifference(a, b);
    expect(diff, diff ? `first difference: ${diff.file} (${diff.why}); if dist/ is older than the code, run \`npm run build\` first` : '').toBeNull();
    expect([...a.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
  });
});
