/**
 * Routes of the archive build: each old edition's pages are the latest's routes again under
 * `/editions/<id>/`, listed by running the latest route's own path list inside the edition's scope
 * (so a figure CSV exists only where that edition shows the figure).
 */
import { inEdition } from '../report/edition-scope';
import { archiveEditions } from '../report/report-fs';
import type { PublishedEdition } from '../report/published';

/** The old editions this build keeps, newest first (none in the plain build). */
export function oldEditions(): PublishedEdition[] {
  return archiveEditions().filter((e) => !e.latest);
}

/** A route's static paths for every old edition: `paths` runs as that edition; each gains its `edition` parameter. */
export async function editionPaths<P extends Record<string, string>>(paths: () => P[] | Promise<P[]>): Promise<{ params: P & { edition: string } }[]> {
  const out: { params: P & { edition: string } }[] = [];
  for (const e of oldEditions()) {
    const ps = await inEdition(e, paths);
    for (const params of ps) out.push({ params: { ...params, edition: e.id } });
  }
  return out;
}
