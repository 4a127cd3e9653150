import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAstroLock } from '../lib/shared-builds';
import { treeHashes } from './lib/site';

/**
 * `npm run build` for an edition that cannot be built fails clearly and leaves dist/ exactly as the
 * last good build left it (it builds into a staging folder and swaps only on success).
 */
const ROOT = path.join(__dirname, '../..');

describe('a failed build', () => {
  it('exits 1 with the cause and leaves dist/ byte for byte as it was', () => {
    const dist = path.join(ROOT, 'dist');
    const before = existsSync(dist) ? treeHashes(dist) : null;
    const r = withAstroLock(() =>
      spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
        cwd: ROOT,
        env: { ...process.env, REPORT_AS_OF: '2022-02-30' },
        encoding: 'utf8',
      }),
    );
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain('REPORT_AS_OF=2022-02-30 is not a real date: February 2022 has 28 days.');
    expect(r.stderr).toContain('dist/ was not changed');
    expect(existsSync(dist) ? treeHashes(dist) : null).toEqual(before);
    expect(readdirSync(ROOT).filter((f) => f.startsWith(`.dist-`))).toEqual([]);
  }, 120_000);
});
