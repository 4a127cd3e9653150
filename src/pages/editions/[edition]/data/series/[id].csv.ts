/** An old edition's series CSVs (archive build), each cut to that edition. */
import { editionPaths } from '../../../../../lib/site/archive';
import { getStaticPaths as seriesPaths } from '../../../../data/series/[id].csv';

export { GET } from '../../../../data/series/[id].csv';

export function getStaticPaths() {
  return editionPaths(() => seriesPaths().map((p) => p.params));
}
