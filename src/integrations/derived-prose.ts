import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHAPTER_SLUGS, chapterProsePath } from '../chapters/registry';
import { LOCALES, sourceLocale } from '../lib/i18n/locales';
import { writeDerivedProse } from '../lib/i18n/prose-fs';

/**
 * Writes the prose of the derived languages (the locale spec's `derived`: Traditional Chinese from the
 * Simplified) before Astro reads the chapters, and again whenever a source file changes under `astro dev`.
 */
export function derivedProse(): AstroIntegration {
  let root = '';
  return {
    name: 'derived-prose',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const written = writeDerivedProse(root);
        if (written.length > 0) logger.info(`derived ${written.length} chapter file(s): ${written.join(', ')}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const sources = new Set(LOCALES.filter((l) => sourceLocale(l) !== l).flatMap((l) => CHAPTER_SLUGS.map((s) => path.join(root, chapterProsePath(s, sourceLocale(l))))));
        server.watcher.on('change', (file) => {
          if (!sources.has(file)) return;
          const written = writeDerivedProse(root);
          if (written.length > 0) logger.info(`derived again: ${written.join(', ')}`);
        });
      },
    },
  };
}
