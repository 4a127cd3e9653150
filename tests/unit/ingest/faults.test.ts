import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES, SERIES_IDS } from '../../../src/lib/data/series-catalog';
import { JOURNAL } from '../../../src/lib/ingest/atomic-fs';
import { runIngest } from '../../../src/lib/ingest/ingest-fs';
import { LOCK } from '../../../src/lib/ingest/lock-fs';
import { summaryLines } from '../../../src/lib/ingest/summary';
import { copyData, fixture, hashTree, opts, ROOT } from './helpers';

/**
 * Faults while `npm run ingest` writes: a kill at every step of the commit, a failed or short write at
 * every step, two ingests at once, a held and a stale lock, a read-only folder and a full disk (real
 * tmpfs mounts when this machine allows them, as root does; otherwise those two cases say loudly that
 * they were skipped). Afterwards every file is either as it was or as a clean run writes it, the data
 * agree with sources.json, and the next run reports and repairs what it found.
 */

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const INPUTS = [fixture('yahoo-n225-extension.csv'), fixture('fred-jpnassets.csv')];
const STEPS = [
  'write:n225.csv',
  'write:boj-assets.csv',
  'write:sources.json',
  'backup:n225.csv',
  'backup:boj-assets.csv',
  'backup:sources.json',
  'journal',
  'rename:n225.csv',
  'rename:boj-assets.csv',
  'rename:sources.json',
  'cleanup',
];
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const dirs: string[] = [];
const fresh = () => {
  const d = copyData();
  dirs.push(d);
  return d;
};

/** The data as a clean run of INPUTS leaves them (the "new" state), and as they are now (the "old" one). */
let OLD: Record<string, string>;
let NEW: Record<string, string>;

interface Result {
  exit: number;
  stdout: string;
  stderr: string;
  signal: string | null;
}
function cli(args: string[], data: string, env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['scripts/ingest.ts', ...args],
      { cwd: ROOT, env: { ...process.env, REPORT_DATA_DIR: data, INGEST_FAULT: '', INGEST_NOW: '2026-11-21T09:30:00.000Z', ...env } },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string; signal?: string }) | null;
        resolve({ exit: e ? (typeof e.code === 'number' ? e.code : -1) : 0, stdout, stderr, signal: e?.signal ?? null });
      },
    );
  });
}

/** Every canonical series' file agrees with the sha256 sources.json records for it. */
function consistent(data: string): void {
  const sources = JSON.parse(readFileSync(path.join(data, 'sources.json'), 'utf8'));
  for (const id of SERIES_IDS) expect(sources.series[id].sha256, id).toBe(sha(readFileSync(path.join(data, SERIES[id].file))));
}

beforeAll(() => {
  const clean = fresh();
  OLD = hashTree(clean);
  const plan = runIngest(INPUTS, opts(), clean);
  expect(plan.errors).toEqual([]);
  NEW = hashTree(clean);
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a kill at each step of the commit (SIGKILL through INGEST_FAULT, real command)', () => {
  const killed = new Map<string, { data: string; result: Result; after: Record<string, string> }>();
  let repairDir = '';
  beforeAll(async () => {
    const queue = [...STEPS];
    await Promise.all(
      [0, 1, 2].map(async () => {
        for (let step = queue.shift(); step; step = queue.shift()) {
          const data = fresh();
          const result = await cli(INPUTS, data, { INGEST_FAULT: `kill@${step}` });
          killed.set(step, { data, result, after: hashTree(data) });
          if (step === 'rename:boj-assets.csv') {
            repairDir = fresh();
            cpSync(data, repairDir, { recursive: true });
          }
        }
      }),
    );
  }, 120_000);

  it.each(STEPS)('kill before %s: every file old or new; the next run reports, repairs and agrees with sources.json', (step) => {
    const k = killed.get(step)!;
    expect(k.result.exit === 137 || k.result.signal === 'SIGKILL', k.result.stderr).toBe(true); // tsx passes the child's SIGKILL on as 137
    const committed = STEPS.indexOf(step) > STEPS.indexOf('journal');
    for (const [name, hash] of Object.entries(k.after)) {
      if (name.startsWith('.')) continue; // the lock, journal, temporaries and backups: handled by the next run
      expect([OLD[name], NEW[name]], name).toContain(hash);
    }
    const plan = runIngest([], opts(), k.data);
    expect(plan.errors).toEqual([]);
    const report = summaryLines(plan).join('\n');
    expect(report).toMatch(/repaired: removed a stale lock left by process \d+/);
    if (committed) expect(report).toMatch(/repaired: completed an ingest interrupted at .*: n225\.csv, boj-assets\.csv, sources\.json now hold what it wrote/);
    else if (step !== 'write:n225.csv') expect(report).toMatch(/repaired: removed \d+ temporary file\(s\) an interrupted ingest left: .*\.n225\.csv\.\d+/);
    expect(hashTree(k.data)).toEqual(committed ? NEW : OLD);
    consistent(k.data);
  });

  it('the real command repairs with --repair and says so (the state a kill between two renames left)', async () => {
    expect(readdirSync(repairDir)).toContain(JOURNAL);
    const r = await cli(['--repair'], repairDir);
    expect(r.exit, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^repaired: removed a stale lock/m);
    expect(r.stdout).toMatch(/^repaired: completed an ingest interrupted at/m);
    expect(hashTree(repairDir)).toEqual(NEW);
    expect(runIngest(INPUTS, opts(), repairDir).writes.size).toBe(0);
  }, 60_000);
});

describe('a failed or short write at each step (injected)', () => {
  it.each(STEPS.filter((s) => s !== 'cleanup'))('ENOSPC/EIO at %s: one line, data/ unchanged, no leftovers', (step) => {
    const data = fresh();
    const code = step.startsWith('rename') ? 'EIO' : 'ENOSPC';
    const hooks = {
      beforeStep: (s: string) => {
        if (s === step) throw Object.assign(new Error(`${code}: injected, ${s}`), { code, path: path.join(data, step.split(':')[1] ?? JOURNAL) });
      },
    };
    const plan = runIngest(INPUTS, opts(), data, hooks);
    expect(plan.writeFailure?.unchanged).toBe(true);
    expect(plan.writeFailure?.message).toMatch(new RegExp(`cannot write \\(${code}, `));
    expect(summaryLines(plan).at(-1)).toBe('Nothing was written; data/ is unchanged.');
    expect(hashTree(data)).toEqual(OLD);
  });

  it.each(['write:n225.csv', 'write:sources.json', 'journal'])('short writes at %s are completed (every byte count checked)', (step) => {
    const data = fresh();
    const plan = runIngest(INPUTS, opts(), data, { short: step });
    expect(plan.writeFailure).toBeUndefined();
    expect(hashTree(data)).toEqual(NEW);
  });

  it('the real command: ENOSPC writing sources.json prints one line, exits 1, changes nothing', async () => {
    const data = fresh();
    const r = await cli(INPUTS, data, { INGEST_FAULT: 'enospc@write:sources.json' });
    expect(r.exit).toBe(1);
    expect(r.stderr).toMatch(/^.*sources\.json: cannot write \(ENOSPC, no space left on the device: free some space and run again\)$/m);
    expect(r.stderr).toMatch(/^Nothing was written; data\/ is unchanged\.$/m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(data)).toEqual(OLD);
  }, 30_000);
});

describe('damage left by older tools or by hand', () => {
  it('a sources.json cut short: one line naming it, exit 1, nothing changed', () => {
    const data = fresh();
    const text = readFileSync(path.join(data, 'sources.json'));
    writeFileSync(path.join(data, 'sources.json'), text.subarray(0, 4096));
    const before = hashTree(data);
    const plan = runIngest(INPUTS, opts(), data);
    expect(plan.errors).toEqual([expect.stringMatching(/sources\.json: not readable JSON \(/)]);
    expect(hashTree(data)).toEqual(before);
  });

  it('a dry run reports an interrupted ingest without touching it', async () => {
    const data = fresh();
    expect((await cli(INPUTS, data, { INGEST_FAULT: 'kill@rename:sources.json' })).exit).toBe(137);
    const before = hashTree(data);
    const plan = runIngest(INPUTS, { ...opts(), dryRun: true }, data);
    expect(plan.warnings[0]).toMatch(/\.ingest-journal\.json: an interrupted ingest; the next ingest without --dry-run finishes it/);
    expect(hashTree(data)).toEqual(before);
  }, 30_000);
});

describe('two ingests at once', () => {
  it("both land: the second waits for the first one's lock, and sources.json records both", async () => {
    const data = fresh();
    const [a, b] = await Promise.all([cli([INPUTS[0] as string], data), cli([INPUTS[1] as string], data)]);
    expect([a.exit, b.exit], `${a.stderr}${b.stderr}`).toEqual([0, 0]);
    expect(`${a.stdout}${b.stdout}`.match(/^Wrote /gm)).toHaveLength(2);
    const sources = JSON.parse(readFileSync(path.join(data, 'sources.json'), 'utf8'));
    expect(sources.series.n225.ingests.at(-1).file).toBe('yahoo-n225-extension.csv');
    expect(sources.series.bojAssets.ingests.at(-1).file).toBe('fred-jpnassets.csv');
    expect(readFileSync(path.join(data, 'n225.csv'), 'utf8')).toContain('\n2026-09-30,66102.1016\n');
    expect(readFileSync(path.join(data, 'boj-assets.csv'), 'utf8')).toContain('\n2026-10-01,6301120\n');
    consistent(data);
    expect(readdirSync(data).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('a lock held by a running ingest: --wait 0 refuses clearly and changes nothing', async () => {
    const data = fresh();
    writeFileSync(path.join(data, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-12-07T00:00:00.000Z' }));
    const before = hashTree(data);
    const r = await cli([...INPUTS, '--wait', '0'], data);
    expect(r.exit).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `\\.ingest\\.lock: another ingest is writing to this data directory \\(process ${process.pid} on .*, since 2026-12-07T00:00:00\\.000Z\\); waited 0 s\\..*delete .*\\.ingest\\.lock`,
      ),
    );
    expect(hashTree(data)).toEqual(before);
  }, 30_000);

  it('a stale lock (its process is gone) is removed and reported, and the ingest goes ahead', () => {
    const data = fresh();
    writeFileSync(path.join(data, LOCK), JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), startedAt: '2026-12-01T00:00:00.000Z' }));
    const plan = runIngest(INPUTS, opts(), data);
    expect(plan.repairs).toEqual([expect.stringMatching(/removed a stale lock left by process 4194311 \(started 2026-12-01T00:00:00\.000Z, no longer running\)/)]);
    expect(hashTree(data)).toEqual(NEW);
  });
});

/** A tmpfs of `bytes` holding a copy of data/, or null (and a loud notice) when mounting is not allowed. */
function mountCopy(bytes: number, readOnly = false): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    console.warn(`\n*** SKIPPED: cannot mount a tmpfs here (${(err as Error).message.split('\n')[0]}); the read-only and full-disk cases fall back to injected errors above ***\n`);
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  mounts.push(dir);
  const pinned = copyData();
  cpSync(pinned, dir, { recursive: true });
  rmSync(pinned, { recursive: true, force: true });
  if (readOnly) execFileSync('mount', ['-o', 'remount,ro', dir]);
  return dir;
}
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) {
    try {
      execFileSync('umount', [m]);
      rmSync(m, { recursive: true, force: true });
    } catch {
      /* left for the OS */
    }
  }
});

describe('a real read-only folder and a real full disk (tmpfs)', () => {
  it('read-only data/: one line naming the folder, exit 1, nothing changed', async () => {
    const data = mountCopy(4 << 20, true);
    if (!data) return;
    const before = hashTree(data);
    const r = await cli(INPUTS, data);
    expect(r.exit).toBe(1);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/\.ingest\.lock: cannot write \(EROFS, read-only file system: the data directory cannot be written\)/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(data)).toEqual(before);
  }, 30_000);

  it('a disk that fills while writing: nothing changed and one line, or success; never a torn file', () => {
    const size = (dir: string) => readdirSync(dir).reduce((n, f) => n + (statSync(path.join(dir, f)).isFile() ? Math.ceil(statSync(path.join(dir, f)).size / 4096) * 4096 : 0), 0);
    const used = size(path.join(ROOT, 'data')) + size(path.join(ROOT, 'data/curated')) + 8192;
    const n225 = statSync(path.join(ROOT, 'data/n225.csv')).size;
    let failures = 0;
    for (const free of [16 << 10, n225 + (8 << 10), n225 + (64 << 10)]) {
      const data = mountCopy(used + free);
      if (!data) return;
      const before = hashTree(data);
      const plan = runIngest(INPUTS, opts(), data, {});
      if (!plan.writeFailure) {
        expect(hashTree(data)).toEqual(NEW);
      } else {
        failures += 1;
        expect(plan.writeFailure.message, `free ${free}`).toMatch(/cannot write \(ENOSPC, no space left on the device: free some space and run again\)/);
        expect(summaryLines(plan).at(-1)).toBe('Nothing was written; data/ is unchanged.');
        expect(hashTree(data), `free ${free}`).toEqual(before);
      }
      consistent(data);
    }
    expect(failures).toBeGreaterThan(0);
  });
});
