import type { SeedChecks, SeedVerdict, SourceDocument } from '../data/curated/seed-checks';
import type { LocalizedText } from '../i18n/localized';
import type { SourceDocumentId } from './chapter';
import { flag, word, type Fact, type FactTree } from './fact';

/**
 * The first edition date from which each document may be cited: the latest date its own text gives
 * (`latestDate` in the seed-check file). A document cannot have been read before the last day it
 * describes: the 2022 report's statistics window ends on 30 June 2022, but it dates its valuation
 * 20 July and its fund data 21 July 2022, so an edition as of 30 June 2022 does not know it.
 */
export const DOCUMENT_KNOWN_FROM: Record<SourceDocumentId, (c: SeedChecks) => string> = {
  r2022: (c) => c.documents.r2022.latestDate,
  boj2025: (c) => c.documents.boj2025.latestDate,
};

/** Which source documents an edition as of `asOf` knows (see {@link DOCUMENT_KNOWN_FROM}). */
export function documentsKnown(c: SeedChecks, asOf: string): Record<SourceDocumentId, boolean> {
  return { r2022: asOf >= DOCUMENT_KNOWN_FROM.r2022(c), boj2025: asOf >= DOCUMENT_KNOWN_FROM.boj2025(c) };
}

/** One row of the register as the Methodology chapter lists it. */
export interface RegisterRow {
  id: string;
  doc: 'r2022' | 'boj2025';
  section: string;
  quote: string;
  /** Fact key of our value, when the check has one and the edition has it. */
  ours: string | null;
  oursAbs: boolean;
  /** Fact key of our value under the named convention, when the edition could compute it. */
  conventionValue: string | null;
  /** Decimals to show our value with (the document's printed decimals for its figures), or null for the unit's default. */
  digits: number | null;
  convention: LocalizedText | null;
  reason: LocalizedText | null;
  verdict: SeedVerdict;
  /** True when the named convention needs data after the edition's date: the row says so instead of naming it. */
  pending: boolean;
}

/**
 * The register of every check of the two source documents for one edition: each check's one verdict,
 * reached from the data (a seed figure, through seedCheck), from a chapter's own check (a word fact
 * mapped onto the five verdicts) or from an analyst's stated judgement. A document's checks are listed
 * only in editions dated on or after the end of the window it analyses; a check whose chapter fact the
 * edition lacks (its data end earlier) is left out rather than given a verdict it cannot support.
 */
export function seedRegister(c: SeedChecks, index: ReadonlyMap<string, Fact>, asOf: string): { facts: FactTree; rows: RegisterRow[]; documents: Record<string, SourceDocument> } {
  const knows = documentsKnown(c, asOf);
  const known = (doc: SourceDocumentId) => knows[doc];
  const rows: RegisterRow[] = [];
  for (const e of c.checks) {
    if (!known(e.doc)) continue;
    let verdict: SeedVerdict | null;
    if (e.claim !== undefined) {
      const v = index.get(`statistics.seedCheck.claims.${e.claim}.verdict`)?.value;
      verdict = typeof v === 'string' ? (v as SeedVerdict) : null;
    } else if (e.verdictFrom !== undefined) {
      const v = index.get(e.verdictFrom.fact)?.value;
      // Word facts map by their word, flags by "true"/"false".
      verdict = typeof v === 'string' || typeof v === 'boolean' ? (e.verdictFrom.map[String(v)] ?? null) : null;
    } else {
      verdict = e.verdict ?? null;
    }
    const oursKey = e.ours ?? (e.claim !== undefined ? `statistics.seedCheck.claims.${e.claim}.ours` : null);
    const oursFact = oursKey === null ? undefined : index.get(oursKey);
    if (verdict === null || (oursKey !== null && (oursFact === undefined || oursFact.value === null))) continue;
    rows.push({
      id: e.id,
      doc: e.doc,
      section: e.section,
      quote: e.quote,
      ours: oursKey,
      oursAbs: e.oursAbs === true,
      conventionValue:
        e.claim !== undefined && e.conventionMethod !== undefined && index.get(`statistics.seedCheck.claims.${e.claim}.convention`)?.value != null
          ? `statistics.seedCheck.claims.${e.claim}.convention`
          : null,
      digits: e.claim !== undefined ? ((index.get(`statistics.seedCheck.claims.${e.claim}.decimals`)?.value as number | undefined) ?? null) : null,
      convention: e.convention ?? null,
      reason: e.reason ?? null,
      verdict,
      pending:
        e.claim !== undefined &&
        e.conventionMethod !== undefined &&
        e.conventionKind !== 'rounding' &&
        index.get(`statistics.seedCheck.claims.${e.claim}.convention`)?.value === null,
    });
  }
  const tally = (doc: string) =>
    Object.fromEntries(
      (['confirmed', 'convention', 'rounding', 'wrong', 'uncheckable'] as const).map((v) => [
        v,
        { value: rows.filter((r) => r.doc === doc && r.verdict === v).length, unit: 'count' } as Fact,
      ]),
    );
  return {
    facts: {
      available: flag(rows.length > 0),
      count: { value: rows.length, unit: 'count' },
      documents: {
        r2022: { known: flag(known('r2022')), checks: { value: rows.filter((r) => r.doc === 'r2022').length, unit: 'count' }, verdicts: tally('r2022') },
        boj2025: { known: flag(known('boj2025')), checks: { value: rows.filter((r) => r.doc === 'boj2025').length, unit: 'count' }, verdicts: tally('boj2025') },
      },
      // Every check has a verdict key in every edition ('unknown' where this edition cannot make it), so
      // prose may name any of them inside a <When>.
      checks: Object.fromEntries(c.checks.map((e) => [e.id, { verdict: word(rows.find((r) => r.id === e.id)?.verdict ?? 'unknown') }])),
    },
    rows,
    documents: c.documents,
  };
}
