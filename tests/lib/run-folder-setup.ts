import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup of both projects: the folder where shared-builds.ts keeps the sites and PDFs
 * several test files read, made before the first file runs (workers inherit N225_TEST_SHARED) and
 * removed after the last. The project set up second finds it already set and leaves it alone.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.N225_TEST_SHARED) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-run-'));
  process.env.N225_TEST_SHARED = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
