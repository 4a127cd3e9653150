import { z } from 'zod';
import { isoDate } from '../schemas';
import { localizedText } from '../../i18n/localized';

/**
 * data/curated/seed-checks.json: the register of every check the report makes of its two source
 * documents. Each check quotes the document's words whole, in the document's own script, names the
 * section, and says how its one verdict is reached (see {@link SEED_VERDICTS}).
 */

/** The five verdicts a check may reach. */
export const SEED_VERDICTS = ['confirmed', 'convention', 'rounding', 'wrong', 'uncheckable'] as const;
export type SeedVerdict = (typeof SEED_VERDICTS)[number];

/** Conventions the report can recompute, by name (see src/lib/report/seed-check.ts). */
export const CONVENTION_METHODS = ['roundedMean', 'standardError', 'sampleKurtosisRounded', 'vendorAnnualisedLater', 'laterWindow'] as const;
export type ConventionMethod = (typeof CONVENTION_METHODS)[number];

const bilingual = localizedText;

export const sourceDocumentSchema = z.object({
  /** The one term the report uses for the document, in each language (lower case as within a sentence). */
  short: bilingual,
  /** Full citation: title (or that it has none), author/publisher (or "not stated"), date (or its latest date). */
  citation: bilingual,
  script: z.enum(['Traditional Chinese', 'Simplified Chinese']),
  /** The latest date the document gives: it cannot have been written earlier, so no edition dated before it cites it. */
  latestDate: isoDate,
  file: z.string().min(1),
});

export const seedCheckEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    doc: z.enum(['r2022', 'boj2025']),
    /** Section number or heading as the document gives it. */
    section: z.string().min(1),
    /** The document's words, whole, in its own script. */
    quote: z.string().min(4),
    /** A figure of seed-003-claims.json whose verdict is computed from the data. */
    claim: z.string().optional(),
    /** A fact key of the report's own value, shown beside the quote. */
    ours: z.string().optional(),
    /** Show our value without its sign (the document states a fall as a positive number). */
    oursAbs: z.boolean().optional(),
    conventionKind: z.enum(['rounding', 'method', 'window']).optional(),
    conventionMethod: z.enum(CONVENTION_METHODS).optional(),
    /** The named convention in words, when one reproduces (or is needed to read) the document's figure. */
    convention: bilingual.optional(),
    /** A chapter's own check (a word fact) mapped onto the five verdicts. */
    verdictFrom: z.object({ fact: z.string(), map: z.record(z.string(), z.enum(SEED_VERDICTS)) }).optional(),
    /** An analyst's verdict (judgements), or one that overrides the computed verdict; needs `reason`. */
    verdict: z.enum(SEED_VERDICTS).optional(),
    reason: bilingual.optional(),
  })
  .superRefine((c, ctx) => {
    const ways = [c.claim !== undefined, c.verdictFrom !== undefined, c.verdict !== undefined && c.claim === undefined].filter(Boolean).length;
    if (ways !== 1) ctx.addIssue({ code: 'custom', message: 'exactly one of claim, verdictFrom or verdict decides the verdict (a claim may also carry an overriding verdict)', path: ['verdict'] });
    if (c.verdict !== undefined && c.reason === undefined) ctx.addIssue({ code: 'custom', message: 'a stated verdict needs its reason', path: ['reason'] });
    if ((c.conventionMethod === undefined) !== (c.conventionKind === undefined)) ctx.addIssue({ code: 'custom', message: 'conventionMethod and conventionKind go together', path: ['conventionMethod'] });
    if (c.conventionMethod !== undefined && c.convention === undefined) ctx.addIssue({ code: 'custom', message: 'a recomputed convention needs its name in words', path: ['convention'] });
    if (c.verdict === 'convention' && c.convention === undefined) ctx.addIssue({ code: 'custom', message: 'the verdict "convention" must name the convention', path: ['convention'] });
  });

export const seedChecksSchema = z
  .object({
    $comment: z.string().optional(),
    documents: z.object({ r2022: sourceDocumentSchema, boj2025: sourceDocumentSchema }),
    checks: z.array(seedCheckEntrySchema).min(1),
  })
  .superRefine((f, ctx) => {
    f.checks.forEach((c, i) => {
      if (f.checks.findIndex((x) => x.id === c.id) !== i) ctx.addIssue({ code: 'custom', message: `duplicate check id "${c.id}"`, path: ['checks', i, 'id'] });
    });
  });

export type SeedCheckEntry = z.infer<typeof seedCheckEntrySchema>;
export type SeedChecks = z.infer<typeof seedChecksSchema>;
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
