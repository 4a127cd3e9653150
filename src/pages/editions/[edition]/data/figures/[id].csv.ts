/** An old edition's figure and table CSVs (archive build), for the figures that edition shows. */
import { editionPaths } from '../../../../../lib/site/archive';
import { getStaticPaths as figurePaths } from '../../../../data/figures/[id].csv';

export { GET } from '../../../../data/figures/[id].csv';

export function getStaticPaths() {
  return editionPaths(() => figurePaths().map((p) => p.params));
}
