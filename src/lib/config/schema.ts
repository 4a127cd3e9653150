import { z } from 'zod';
import { CHAPTER_SLUGS, type ChapterSlug } from '../../chapters/registry';
import { SERIES, SERIES_IDS, type SeriesId } from '../data/series-catalog';
import { SERIES_SOURCES } from '../ingest/series-sources';
import { withDatesWritten, withDerivedTexts } from '../i18n/localized';

/**
 * The schema of a report config (`report.config.ts`, `configs/<name>.config.ts`): which index the report
 * is about and what it is compared with, the calendar it trades on, the report's languages and its
 * chapters. Validated like Starlight's user config: a wrong field stops every command with a message
 * that names the config file and the field.
 */

const seriesId = z.enum(SERIES_IDS as [SeriesId, ...SeriesId[]], {
  error: (i) => `"${String(i.input)}" is not a series of the catalogue (src/lib/data/series-catalog.ts): one of ${SERIES_IDS.join(', ')}`,
});
const text = z.string().trim().min(1, 'must not be empty');

/** Words in each of the report's languages, keyed by locale code (the config's `locales`). */
const perLocale = z.record(z.string(), text);

/**
 * How an index is named: `short` where a label or a table names it ("Nikkei 225", 日经225), `full` where
 * a title names the index as such (日经225指数; in English usually the same), `the` in running prose,
 * with the article where the language uses one ("the Nikkei 225", "the CSI 300", but "TOPIX").
 */
const names = z.object({ short: perLocale, full: perLocale, the: perLocale }).strict();

const indexSchema = z
  .object({
    /** The catalogue id of the index's daily closes. */
    series: seriesId,
    /** Its canonical file in data/ (must be the catalogue's file for the series). */
    file: text,
    names,
    /** Who calculates and publishes the index, as a figure's source line names it. */
    publisher: perLocale,
    /** Where the closes come from, as a figure's source line names it. */
    source: perLocale,
    /** The page footer's sentence(s) on who holds the index's rights and where its data come from. */
    rights: perLocale,
    /** The Data page's attribution of the index's values (one clause; the page adds the punctuation). */
    attribution: perLocale,
  })
  .strict();

/**
 * One published edition: the as-of date it was published for (YYYY-MM-DD; a weekend or holiday is the
 * last trading day before it) or `latest` (the edition the data end on), and an optional one-line note
 * in any of the report's languages (a language without one shows none).
 */
const publishedEditionSchema = z
  .object({
    date: z.union([z.literal('latest'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be written YYYY-MM-DD or be "latest"')]),
    note: z.record(z.string(), text).optional(),
  })
  .strict();

const comparatorSchema = z
  .object({
    series: seriesId,
    names,
    /** Who publishes the comparison index, named in source lines, the footer and the Data page. */
    publisher: perLocale,
  })
  .strict();

export const reportConfigSchema = z
  .object({
    /** Short name of the report: `REPORT_CONFIG=<id>` selects it; it names the output folder and the PDFs. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
    /** Stem of the PDF file names: `<pdfName>-<lang>-<as-of>.pdf`. */
    pdfName: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
    /** Folder `npm run build` writes the site to, relative to the project. */
    outDir: z.string().regex(/^[A-Za-z0-9._-]+$/, 'must be a plain folder name inside the project'),
    /** What the report covers, under its title on the landing page and the cover. */
    subtitle: perLocale,
    index: indexSchema,
    /** Indices the index is compared with; the statistics chapter compares it with the first. */
    comparators: z.array(comparatorSchema).min(1, 'needs at least one comparison index'),
    /** The exchange calendar of the index (today only `tokyo`: src/lib/ingest/tokyo-calendar.ts). */
    calendar: z.enum(['tokyo']),
    /** The report's languages, the default first. */
    locales: z.array(z.string()).min(1),
    /**
     * The chapters this report has, a subset of the registry's (src/chapters/registry.ts) in reading
     * order; the first is the landing page and the chapters are numbered in this order. Left out: every
     * registered chapter in the registry's order, so a new chapter appears without an edit here. A sister
     * index takes the engine chapters (statistics); the others are about the Nikkei 225 itself.
     */
    chapters: z
      .array(z.enum(CHAPTER_SLUGS as [ChapterSlug, ...ChapterSlug[]]))
      .min(1, 'needs at least one chapter')
      .refine((c) => new Set(c).size === c.length, 'lists a chapter twice')
      .default(() => [...CHAPTER_SLUGS]),
    /** The series the report loads into its edition and publishes (data page, downloads, facts), in catalogue order. */
    series: z.array(seriesId).min(1),
    /** Whether the chapters check the 2022 Nikkei 225 report's figures (the seed documents are about the Nikkei 225). */
    seedChecks: z.boolean(),
    /**
     * The published editions, oldest first, ending with `latest`: the archive build (`npm run build:archive`)
     * keeps each at /editions/<date>/<lang>/…; the plain build ignores them. Empty: no archive.
     */
    editions: z.array(publishedEditionSchema).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const need = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (SERIES[c.index.series].file !== c.index.file) need(['index', 'file'], `"${c.index.file}" is not the file of series ${c.index.series} (${SERIES[c.index.series].file})`);
    if (SERIES_SOURCES[c.index.series].plausibility.calendar !== c.calendar)
      need(['calendar'], `the index ${c.index.series} trades on the ${String(SERIES_SOURCES[c.index.series].plausibility.calendar)} calendar, not ${c.calendar}`);
    for (const id of [c.index.series, ...c.comparators.map((x) => x.series)]) {
      if (!c.series.includes(id)) need(['series'], `must include ${id} (the index or a comparator)`);
    }
    const words = (path: (string | number)[], v: Record<string, string>) => {
      for (const l of c.locales) if (!(l in v)) need(path, `has no words for the language "${l}"`);
    };
    const named = (p: (string | number)[], x: Record<string, unknown>) => {
      for (const [field, v] of Object.entries(x)) {
        if (field === 'names') {
          const n = v as ReportConfig['index']['names'];
          words([...p, 'names', 'short'], n.short);
          words([...p, 'names', 'full'], n.full);
          words([...p, 'names', 'the'], n.the);
        } else if (typeof v === 'object' && v !== null) words([...p, field], v as Record<string, string>);
      }
    };
    words(['subtitle'], c.subtitle);
    c.editions.forEach((e, i) => {
      const d = new Date(`${e.date}T00:00:00Z`);
      const real = e.date === 'latest' || (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === e.date);
      if (!real) need(['editions', i, 'date'], `${e.date} is not a real date`);
      const prev = c.editions[i - 1];
      if (prev && (prev.date === 'latest' || (e.date !== 'latest' && e.date <= prev.date)))
        need(['editions', i, 'date'], `${e.date} must come after ${prev.date}: list editions oldest first, "latest" last`);
      for (const l of Object.keys(e.note ?? {})) if (!c.locales.includes(l)) need(['editions', i, 'note', l], `"${l}" is not a language of the report (${c.locales.join(', ')})`);
    });
    if (c.editions.length > 0 && c.editions[c.editions.length - 1]?.date !== 'latest') need(['editions'], 'must end with { date: "latest" }');
    named(['index'], c.index);
    c.comparators.forEach((x, i) => named(['comparators', i], x));
  });

export type ReportConfig = z.infer<typeof reportConfigSchema>;
/** What a config file writes (checked when loaded). */
export type ReportConfigInput = z.input<typeof reportConfigSchema>;

/** Identity, for type-checked config files: `export default defineReportConfig({ … })`. */
export function defineReportConfig(c: ReportConfigInput): ReportConfigInput {
  return c;
}

/**
 * The config validated, or an error naming the config file and each wrong field:
 * `configs/topix.config.ts: index.names.short: has no words for the language "en"`.
 */
export function validateReportConfig(input: unknown, file: string): ReportConfig {
  // A derived language's names are its source language's, converted (the locale spec's `derived`); date
  // tokens are written in each language's style, as in curated files.
  const r = reportConfigSchema.safeParse(withDatesWritten(withDerivedTexts(input)));
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.length > 0 ? i.path.join('.') : '(the config)'}: ${i.message}`);
  throw new Error(`Invalid report config ${file}:\n${lines.join('\n')}`);
}
