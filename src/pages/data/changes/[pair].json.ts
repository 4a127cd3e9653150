import type { APIRoute } from 'astro';
import { recordedRevisions } from '../../../components/revisions';
import { changesDataHref, changesFor, fileId, isArchiveBuild, keptEditions, previousOf } from '../../../lib/site/editions';

/**
 * `/data/changes/<from>_<to>.json` (archive build), one per consecutive pair of kept editions: what
 * changed (src/lib/report/edition-changes.ts), as plain values — each key figure's old and new value
 * (equal to the two editions' facts.json) and new − old.
 */
export function getStaticPaths() {
  if (!isArchiveBuild()) return [];
  return keptEditions().flatMap((e) => {
    const prev = previousOf(e);
    return prev ? [{ params: { pair: `${fileId(prev)}_${fileId(e)}` }, props: { id: e.id } }] : [];
  });
}

export const GET: APIRoute = ({ props }) => {
  const e = keptEditions().find((x) => x.id === (props as { id: string }).id)!;
  const prev = previousOf(e)!;
  const changes = changesFor(e, recordedRevisions())!;
  const body = { ...changes, url: changesDataHref(prev, e) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
