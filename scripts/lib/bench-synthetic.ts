/**
 * A temporary copy of data/ whose Nikkei 225 series is `factor` times as long: synthetic earlier history
 * is prepended (weekdays only) by a seeded random walk of daily log returns with 1.2 % volatility, kept
 * between 100 and 50,000 points, ending next to the first real close, so the real recent years (and every
 * edition window) stay as they are. Used by the bench only; never committed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** mulberry32: a small seeded PRNG, so every bench run draws the same history. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
const normal = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

/** Weekday ISO dates before `first` (exclusive), latest first, `n` of them. */
function weekdaysBefore(first: string, n: number): string[] {
  const out: string[] = [];
  const d = new Date(`${first}T00:00:00Z`);
  while (out.length < n) {
    d.setUTCDate(d.getUTCDate() - 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Copies `dataDir` to a temp folder with n225.csv scaled `factor` times in rows; returns the folder and row count. */
export function scaledDataDir(dataDir: string, factor: number): { dir: string; rows: number } {
  const dir = mkdtempSync(path.join(tmpdir(), `n225-bench-x${factor}-`));
  cpSync(dataDir, dir, { recursive: true });
  const file = path.join(dir, 'n225.csv');
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const firstDate = rows[0]!.split(',')[0]!;
  let level = Math.log(Number(rows[0]!.split(',')[1]));
  const extra = rows.length * (factor - 1);
  const dates = weekdaysBefore(firstDate, extra);
  const r = rng(225 * factor);
  const synthetic: string[] = [];
  for (const date of dates) {
    level = Math.min(Math.log(50_000), Math.max(Math.log(100), level - 0.012 * normal(r)));
    synthetic.push(`${date},${Math.exp(level).toFixed(4)}`);
  }
  writeFileSync(file, `${[header, ...synthetic.reverse(), ...rows].join('\n')}\n`);
  return { dir, rows: rows.length + extra };
}
