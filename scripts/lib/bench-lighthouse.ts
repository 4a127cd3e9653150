/**
 * Lighthouse scores (performance, accessibility, best practices, SEO; 0–100) of a served page, run with
 * the pinned lighthouse package against Debian's Chromium (CHROME_PATH), headless and sandbox-free.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LhCategory = (typeof LH_CATEGORIES)[number];
/** Scores by category, and the titles of audits that cost points (score < 1, with weight). */
export interface LhResult {
  scores: Record<LhCategory, number>;
  failing: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs Lighthouse's default (mobile, simulated throttling) configuration on `url`. Asynchronous, so a
 * server in this same process keeps answering while it runs.
 */
export async function lighthouse(url: string, chromePath: string): Promise<LhResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-lh-'));
  const out = path.join(dir, 'report.json');
  const bin = path.join(ROOT, 'node_modules/.bin');
  await promisify(execFile)(
    path.join(bin, 'node'),
    [
      path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--only-categories=${LH_CATEGORIES.join(',')}`,
      // Lighthouse needs the new headless mode; its own launcher picks the other flags.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
  };
  rmSync(dir, { recursive: true, force: true });
  const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<LhCategory, number>;
  const failing = LH_CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((a) => a.weight > 0 && (lhr.audits[a.id]?.score ?? 1) < 1)
      .map((a) => `${c}: ${lhr.audits[a.id]!.title}${lhr.audits[a.id]!.displayValue ? ` (${lhr.audits[a.id]!.displayValue})` : ''}`),
  );
  return { scores, failing };
}
