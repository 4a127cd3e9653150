import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Chapters: `src/content/chapters/<lang>/NN-slug.mdx`. The same file name in zh/ and en/ is the same
 * chapter; `order` is its number in the report (figure numbers use it).
 */
const chapters = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './src/content/chapters' }),
  schema: z.object({
    title: z.string().min(1),
    order: z.number().int().positive(),
    summary: z.string().min(1),
  }),
});

export const collections = { chapters };
