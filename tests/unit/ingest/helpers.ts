import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IngestOptions } from '../../../src/lib/ingest/plan';

export const ROOT = path.join(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/ingest');
export const fixture = (name: string) => path.join(FIXTURES, name);

/** A fresh copy of the project's data/ in a temporary folder. */
export function copyData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-ingest-'));
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  return dir;
}

/** sha256 of every file under `dir` (relative name -> hash), temporaries included, so a leftover shows. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export const opts = (o: Partial<IngestOptions> = {}): IngestOptions => ({ acceptRevisions: false, allow: new Set(), now: '2026-11-21T09:30:00.000Z', ...o });
