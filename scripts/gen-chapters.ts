/**
 * `npm run gen:chapters` — writes the chapter registry's code faces, src/chapters/all-facts.ts,
 * all-figures.ts and all-charts.ts, from the registry's list (src/chapters/registry.ts). Run after adding,
 * removing or reordering a chapter there (`npm run gen:facts` runs it first).
 *
 *   npm run gen:chapters            rewrite the files
 *   npm run gen:chapters -- --check exit 1 if a file is out of date
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHAPTER_SLUGS } from '../src/chapters/registry';
import { allChartsSource, allFactsSource, allFiguresSource, exportsFacts } from './lib/chapter-faces';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'src/chapters');

const factsFile = (slug: string) => path.join(DIR, slug, 'facts.ts');
const files: [string, string][] = [
  ['all-facts.ts', allFactsSource(CHAPTER_SLUGS, (slug) => existsSync(factsFile(slug)) && exportsFacts(slug, readFileSync(factsFile(slug), 'utf8')))],
  ['all-figures.ts', allFiguresSource(CHAPTER_SLUGS)],
  ['all-charts.ts', allChartsSource(CHAPTER_SLUGS, (slug) => existsSync(path.join(DIR, slug, 'charts.ts')))],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, source] of files) {
  const file = path.join(DIR, name);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === source) continue;
  if (check) {
    console.error(`src/chapters/${name} is out of date: run \`npm run gen:chapters\`.`);
    stale += 1;
  } else {
    writeFileSync(file, source);
    console.log(`Wrote src/chapters/${name} (${CHAPTER_SLUGS.length} chapters).`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log('src/chapters/all-facts.ts, all-figures.ts and all-charts.ts are up to date.');
