/** An old edition's facts.json (archive build): the same record as /data/facts.json, for that edition. */
import { editionPaths } from '../../../../lib/site/archive';

export { GET } from '../../../data/facts.json';

export function getStaticPaths() {
  return editionPaths(() => [{}]);
}
