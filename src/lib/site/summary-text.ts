import type { Fact } from '../report/fact';

/**
 * A chapter summary (its frontmatter `summary`) may hold edition-dependent parts: `[[key: text]]` is kept
 * when fact `key` holds in the edition (true, or any value other than false and null), `[[!key: text]]`
 * when it does not. So a summary never promises what an edition lacks (futures before they were listed,
 * a check of a document written after the edition's date). Parts do not nest.
 */
const PART = /\[\[(!?)([A-Za-z0-9_.-]+):([^\]]*)\]\]/g;

/** Fact keys the summary's parts name, for the schema check. */
export function summaryFactKeys(summary: string): string[] {
  return [...summary.matchAll(PART)].map((m) => m[2] as string);
}

/** The summary as the edition whose facts are `index` reads it; an unknown key fails the build. */
export function summaryText(summary: string, index: ReadonlyMap<string, Fact>, where: string): string {
  return summary
    .replace(PART, (_all, not: string, key: string, text: string) => {
      const fact = index.get(key);
      if (fact === undefined) throw new Error(`${where}: the summary names an unknown fact "${key}"`);
      const holds = fact.value !== false && fact.value !== null;
      return holds !== (not === '!') ? text : '';
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}
