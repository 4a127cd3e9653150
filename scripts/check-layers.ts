/**
 * `npm run depcheck` — checks that imports follow the layers (data/stats -> report and chapter facts -> charts
 * -> components -> pages; i18n below report; ingest only for commands) and that there is no import cycle in
 * `src/` or `scripts/`. The rules are in `.dependency-cruiser.cjs`; violations accepted for now are listed in
 * `.dependency-cruiser-known.json`. Prints one line per violation and exits 1 on a new one, or on a listed one
 * that no longer occurs (so the list only shrinks).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLayers, KNOWN_FILE, knownViolations, splitKnown } from './lib/layer-check';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const { fresh, known, stale } = splitKnown(await checkLayers(ROOT), knownViolations(ROOT));
if (known.length > 0) console.log(`Import flow: ${known.length} accepted violation(s) still listed in ${KNOWN_FILE}:\n${known.map((l) => `  ${l}`).join('\n')}`);
if (stale.length > 0) console.error(`Import flow: ${stale.length} line(s) of ${KNOWN_FILE} no longer occur; remove them:\n${stale.map((l) => `  ${l}`).join('\n')}`);
if (fresh.length > 0) console.error(`Import flow: ${fresh.length} violation(s) of .dependency-cruiser.cjs:\n${fresh.map((l) => `  ${l}`).join('\n')}`);
if (fresh.length > 0 || stale.length > 0) process.exit(1);
console.log('Import flow: no new violations (src/, scripts/; rules in .dependency-cruiser.cjs).');
