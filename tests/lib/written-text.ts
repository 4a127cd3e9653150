import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The report's written text in one language, line by line, as the style tests read it: the language's
 * strings files whole (`src/**\/<lang>.json`), the `"<lang>"` values of curated files, and the chapters'
 * `<lang>.mdx` whole. Each line carries its place (`file:line`) and whether it comes from JSON.
 */
export interface WrittenLine {
  where: string;
  text: string;
  json: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Files under `dir` (relative to the repository) whose names `keep` accepts; node_modules is skipped. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(rel, keep);
    return keep(e.name) ? [rel] : [];
  });
}

export function writtenLines(lang: 'en' | 'zh'): WrittenLine[] {
  const out: WrittenLine[] = [];
  const add = (file: string, pick: (line: string) => boolean, json: boolean) =>
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (pick(text)) out.push({ where: `${file}:${i + 1}`, text, json });
      });
  const value = new RegExp(`^\\s*"${lang}":`);
  for (const f of filesUnder('src', (n) => n === `${lang}.json`)) add(f, () => true, true);
  for (const f of filesUnder('data/curated', (n) => n.endsWith('.json') && n !== 'plausibility-allow.json')) add(f, (l) => value.test(l), true);
  for (const f of filesUnder('src', (n) => n === `${lang}.mdx`)) add(f, () => true, false);
  return out;
}
