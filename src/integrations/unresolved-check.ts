import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findUnresolved } from '../lib/site/unresolved';

/**
 * Fails the build when a published page shows an unresolved fact, word choice or figure (an unknown
 * key, a value the prose has no words for, a figure the edition has no data for), naming page and cause.
 */
export function unresolvedCheck(): AstroIntegration {
  return {
    name: 'unresolved-check',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const problems: string[] = [];
        for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((x) => x.endsWith('.html'))
          .sort()) {
          for (const m of findUnresolved(readFileSync(path.join(root, f), 'utf8'))) problems.push(`${f}: ${m}`);
        }
        if (problems.length > 0) throw new Error(`The built pages show ${problems.length} unresolved reference(s):\n${problems.join('\n')}`);
      },
    },
  };
}
