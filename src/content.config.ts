import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Chapters' prose: `src/chapters/<slug>/<lang>.mdx`, one file per language in the chapter's folder. The
 * chapter registry (src/chapters/registry.ts) gives the order and numbers; the frontmatter gives the title
 * and summary in that language.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/chapters' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
  }),
});

export const collections = { chapters };
