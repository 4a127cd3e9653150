/**
 * The series this report reads from `data/`, with the facts about each source that code must know:
 * which columns hold what, the unit, and the documented quirks handled by name.
 * Human-facing provenance (source, licence, span) lives in data/README.md.
 */

export type SeriesId = 'n225' | 'csi300';

/** A row the source publishes although nothing traded that day; dropped by date, never silently. */
export interface KnownArtefact {
  date: string;
  reason: string;
}

export interface SeriesDefinition {
  id: SeriesId;
  /** File name inside the data directory. */
  file: string;
  /** Header the canonical file must have, in order. */
  columns: readonly [date: string, value: string];
  /** Unit of the value column. */
  unit: string;
  /** Values must be strictly positive (prices, index levels) rather than merely finite (rates). */
  positive: boolean;
  artefacts: readonly KnownArtefact[];
  /** Cell texts that mean "no observation" in this source; such rows are skipped and counted. */
  missingMarkers: readonly string[];
}

export const SERIES: Readonly<Record<SeriesId, SeriesDefinition>> = {
  n225: {
    id: 'n225',
    file: 'n225.csv',
    columns: ['date', 'close'],
    unit: 'index points',
    positive: true,
    artefacts: [
      { date: '1997-02-11', reason: 'National Foundation Day: the exchange was closed; Yahoo carries a spurious row' },
      { date: '2018-07-16', reason: 'Marine Day: the exchange was closed; the row repeats the previous close' },
    ],
    missingMarkers: [],
  },
  csi300: {
    id: 'csi300',
    file: 'csi300.csv',
    columns: ['date', 'close'],
    unit: 'index points',
    positive: true,
    artefacts: [],
    missingMarkers: [],
  },
};
