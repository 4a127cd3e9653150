/**
 * `npm run gen:facts` — writes src/lib/report/fact-keys.ts: the type of every fact key an edition can
 * have, so code that names a fact is checked by the compiler and prose keys are checked by one test
 * (src/chapters/fact-keys.test.ts). Keys are collected from the pinned editions of the edition sweep
 * (fixed as-of dates, so the file does not change when tomorrow's close is ingested); a key segment
 * that is a number (a calendar year, a lag) becomes `${number}`.
 *
 *   npm run gen:facts            rewrite the file
 *   npm run gen:facts -- --check exit 1 if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { factKeysSource } from './lib/fact-keys';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE = path.join(ROOT, 'src/lib/report/fact-keys.ts');

const source = factKeysSource(path.join(ROOT, 'data'));
if (process.argv.includes('--check')) {
  const current = readFileSync(FILE, 'utf8');
  if (current !== source) {
    console.error('src/lib/report/fact-keys.ts is out of date: run `npm run gen:facts`.');
    process.exit(1);
  }
  console.log('src/lib/report/fact-keys.ts is up to date.');
} else {
  writeFileSync(FILE, source);
  console.log(`Wrote src/lib/report/fact-keys.ts (${source.split('\n').filter((l) => l.startsWith('  | ')).length} key patterns).`);
}
