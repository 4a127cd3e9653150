import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { unresolvedCheck } from '../../../src/integrations/unresolved-check';
import { findUnresolved, orUnresolved, unresolved } from '../../../src/lib/site/unresolved';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function builtSite(pages: Record<string, string>): URL {
  dir = mkdtempSync(path.join(tmpdir(), 'unresolved-'));
  for (const [f, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), html);
  }
  return pathToFileURL(`${dir}/`);
}

const done = (url: URL) => (unresolvedCheck().hooks['astro:build:done'] as unknown as (o: { dir: URL }) => void)({ dir: url });

describe('unresolved references', () => {
  it('are written as markers that can be found again with their message', () => {
    const html = `<p>a ${unresolved('Unknown fact "x.y"')} b ${orUnresolved(() => {
      throw new Error('no words for "up"');
    })}</p>`;
    expect(findUnresolved(html)).toEqual(['Unknown fact "x.y"', 'no words for "up"']);
    expect(orUnresolved(() => 42)).toBe(42);
  });

  it('fail the build when a published page shows one, naming the page and the cause', () => {
    const url = builtSite({ 'zh/index.html': '<p>ok</p>', 'en/macro/index.html': `<p>${unresolved('Unknown fact "macro.typo"')}</p>` });
    expect(() => done(url)).toThrow(/en\/macro\/index\.html: Unknown fact "macro\.typo"/);
  });

  it('let a build through when no page shows one', () => {
    expect(() => done(builtSite({ 'zh/index.html': '<p>ok</p>' }))).not.toThrow();
  });
});
