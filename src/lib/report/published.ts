/**
 * The published editions of the report config (`editions`), resolved against the data: each listed
 * date becomes the edition of its last trading day on or before it, `latest` the edition being built.
 * Pure: the caller passes the index's trading dates and the latest edition's as-of date.
 */
import { resolveEdition } from './edition';

/** One published edition as a build keeps it. */
export interface PublishedEdition {
  /**
   * Its name in URLs (`/editions/<id>/…`) and files: its as-of date (a quarter-end on a holiday is the
   * trading day before it, so no address or text of the edition names a later day), or `latest`.
   */
  id: string;
  /** The date the config lists (YYYY-MM-DD), or null for the latest. */
  requested: string | null;
  /** The edition's as-of date: the index's last trading day on or before `requested` (ISO). */
  asOf: string;
  /** The config's one-line note per language (a language may have none). */
  note: Readonly<Record<string, string>>;
  latest: boolean;
}

/** What the config lists (a subset of its schema's output). */
export interface ListedEdition {
  date: string;
  note?: Readonly<Record<string, string>> | undefined;
}

/**
 * The editions a build keeps, newest first: the latest (as of `latestAsOf`) and every listed date whose
 * edition ends before it (a listed date at or after the latest's as-of date is the latest, and is left
 * out). `only` (dates as the config lists them) narrows the old editions down; a date it names that the config does not
 * list, or two listed dates on the same trading day, is an error naming `configFile`.
 */
export function resolvePublished(
  listed: readonly ListedEdition[],
  tradingDates: readonly string[],
  latestAsOf: string,
  configFile: string,
  only?: readonly string[],
): PublishedEdition[] {
  const dated = listed.filter((e) => e.date !== 'latest');
  for (const d of only ?? []) {
    if (!dated.some((e) => e.date === d)) throw new Error(`${configFile}: editions lists no edition ${d} (listed: ${dated.map((e) => e.date).join(', ') || 'none'})`);
  }
  const latestNote = listed.find((e) => e.date === 'latest')?.note ?? {};
  const out: PublishedEdition[] = [{ id: 'latest', requested: null, asOf: latestAsOf, note: latestNote, latest: true }];
  const seen = new Map<string, string>();
  for (const e of dated) {
    if (e.date > latestAsOf) continue;
    let asOf: string;
    try {
      asOf = resolveEdition(e.date, tradingDates).asOf;
    } catch (err) {
      throw new Error(`${configFile}: editions: ${e.date}: ${(err as Error).message}`);
    }
    if (asOf >= latestAsOf) continue;
    const twin = seen.get(asOf);
    if (twin) throw new Error(`${configFile}: editions: ${twin} and ${e.date} are the same edition (both end on the trading day ${asOf}); list one of them`);
    seen.set(asOf, e.date);
    if (only && !only.includes(e.date)) continue;
    out.push({ id: asOf, requested: e.date, asOf, note: e.note ?? {}, latest: false });
  }
  return out.sort((a, b) => (a.asOf < b.asOf ? 1 : -1));
}

/** The edition each edition is compared with: the next older one kept (null for the oldest). */
export function previousEdition(editions: readonly PublishedEdition[], e: PublishedEdition): PublishedEdition | null {
  const i = editions.findIndex((x) => x.id === e.id);
  return editions[i + 1] ?? null;
}
