import { dataDir } from '../lib/data/series-fs';
import { loadSources } from '../lib/ingest/ingest-fs';
import type { Revision } from '../lib/report/edition-changes';

/** Every revision of a historical value the ingest accepted (data/sources.json), with its series. */
export function recordedRevisions(): Revision[] {
  const sources = loadSources(dataDir());
  return Object.entries(sources.series).flatMap(([series, rec]) => rec.revisions.map((r) => ({ series, date: r.date, old: r.old, new: r.new, ingestedAt: r.ingestedAt })));
}
