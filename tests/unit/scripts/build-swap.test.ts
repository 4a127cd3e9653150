import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAndSwap, removeStaleStaging } from '../../../scripts/lib/build-swap';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'n225-swap-'));
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'dist/index.html'), 'previous edition');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildAndSwap(root, steps)', () => {
  it('replaces dist/ with the new build only when every step succeeds', () => {
    const ok = buildAndSwap(root, { run: (out) => (mkdirSync(out, { recursive: true }), writeFileSync(path.join(out, 'index.html'), 'new edition'), true) });
    expect(ok).toBe(true);
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toBe('new edition');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves dist/ byte for byte as it was when a step fails half way, and removes the partial build', () => {
    const ok = buildAndSwap(root, { run: (out) => (mkdirSync(out, { recursive: true }), writeFileSync(path.join(out, 'index.html'), 'broken'), false) });
    expect(ok).toBe(false);
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toBe('previous edition');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves dist/ as it was when a step throws', () => {
    expect(() =>
      buildAndSwap(root, {
        run: () => {
          throw new Error('boom');
        },
      }),
    ).toThrow('boom');
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toBe('previous edition');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('builds a first dist/ where there was none', () => {
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(buildAndSwap(root, { run: (out) => (mkdirSync(out), true) })).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });
});

describe('removeStaleStaging(root)', () => {
  it('removes the staging folders of builds that are no longer running, not those of a running one', () => {
    mkdirSync(path.join(root, '.dist-building-999999999'));
    mkdirSync(path.join(root, '.dist-old-999999998'));
    mkdirSync(path.join(root, `.dist-building-${process.pid}`));
    expect(removeStaleStaging(root).sort()).toEqual(['.dist-building-999999999', '.dist-old-999999998']);
    expect(readdirSync(root).sort()).toEqual([`.dist-building-${process.pid}`, 'dist']);
  });
});
