/**
 * `npm run depcheck` — checks that imports follow the layers (data/stats -> report and chapter facts -> charts
 * -> components -> pages; i18n below report; ingest only for commands) and that there is no import cycle in
 * `src/` or `scripts/`. The rules are in `.dependency-cruiser.cjs`; there are no accepted exceptions. Prints
 * one line per violation and exits 1 on any.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLayers, formatViolation } from './lib/layer-check';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const violations = (await checkLayers(ROOT)).map(formatViolation);
if (violations.length > 0) {
  console.error(`Import flow: ${violations.length} violation(s) of .dependency-cruiser.cjs:\n${violations.map((l) => `  ${l}`).join('\n')}`);
  process.exit(1);
}
console.log('Import flow: no violations (src/, scripts/; rules in .dependency-cruiser.cjs).');
