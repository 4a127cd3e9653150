import { REPORT_CONFIG } from './active';
import type { ReportConfig } from './schema';

/** `s` with its first letter in upper case, to open a sentence ("The Nikkei 225 …"). */
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The names a report's strings and prose use for its index and its comparator, in one language:
 * `{index}` (日经225 / Nikkei 225), `{indexFull}` (日经225指数), `{theIndex}` / `{TheIndex}` (the Nikkei 225,
 * TOPIX: running prose, mid-sentence / opening one), `{indexPublisher}`, `{indexSource}`, `{indexRights}`,
 * `{indexAttribution}`, `{comparator}`, `{comparatorFull}`, `{theComparator}`, `{TheComparator}`,
 * `{comparatorPublisher}`.
 * They come from the report config, so a sister report (TOPIX) says its own names everywhere.
 */
export function reportNames(locale: string, config: ReportConfig = REPORT_CONFIG): Readonly<Record<string, string>> {
  const { index } = config;
  const cmp = config.comparators[0] as ReportConfig['comparators'][number];
  const pick = (v: Record<string, string>, field: string): string => {
    const w = v[locale];
    if (w === undefined) throw new Error(`The report config ${config.id} has no ${field} for the language "${locale}"`);
    return w;
  };
  return {
    subtitle: pick(config.subtitle, 'subtitle'),
    index: pick(index.names.short, 'index.names.short'),
    indexFull: pick(index.names.full, 'index.names.full'),
    theIndex: pick(index.names.the, 'index.names.the'),
    TheIndex: capitalise(pick(index.names.the, 'index.names.the')),
    indexPublisher: pick(index.publisher, 'index.publisher'),
    indexSource: pick(index.source, 'index.source'),
    indexRights: pick(index.rights, 'index.rights'),
    indexAttribution: pick(index.attribution, 'index.attribution'),
    comparator: pick(cmp.names.short, 'comparators[0].names.short'),
    comparatorFull: pick(cmp.names.full, 'comparators[0].names.full'),
    theComparator: pick(cmp.names.the, 'comparators[0].names.the'),
    TheComparator: capitalise(pick(cmp.names.the, 'comparators[0].names.the')),
    comparatorPublisher: pick(cmp.publisher, 'comparators[0].publisher'),
  };
}

/** `text` with its name placeholders (see {@link reportNames}) filled for `locale`; other braces untouched. */
export function fillNames(text: string, locale: string): string {
  const names = reportNames(locale);
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => names[name] ?? whole);
}
