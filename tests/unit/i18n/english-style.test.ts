import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One typographic style in English, wherever the text is written: a percent sign set close to its number
 * ("95%", as every formatted fact prints it, not "95 %"), and typographic apostrophes in strings, curated
 * texts, frontmatter and MDX attribute values such as `<Pick … differs="…">` (MDX body prose gets them
 * from the Markdown renderer, attributes do not); and a day written as the report writes its dates
 * ("Jul 21, 2022"), never "21 July 2022" or "July 21, 2022" (curated texts write `{date:2022-07-21}`,
 * which each language's formatter writes out). Quotations of the seed documents are Chinese and are not
 * touched by these rules.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');

function walk(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(rel, keep);
    return keep(e.name) ? [rel] : [];
  });
}

/** English text per file, line by line: strings files whole, `"en"` values of curated files, English MDX whole. */
function englishLines(): { where: string; text: string; json: boolean }[] {
  const out: { where: string; text: string; json: boolean }[] = [];
  const add = (file: string, pick: (line: string) => boolean, json: boolean) =>
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (pick(text)) out.push({ where: `${file}:${i + 1}`, text, json });
      });
  for (const f of walk('src', (n) => n === 'en.json')) add(f, () => true, true);
  for (const f of walk('data/curated', (n) => n.endsWith('.json') && n !== 'plausibility-allow.json')) add(f, (l) => /^\s*"en":/.test(l), true);
  for (const f of walk('src', (n) => n === 'en.mdx')) add(f, () => true, false);
  return out;
}

describe('English style', () => {
  const lines = englishLines();

  it('reads English text from strings, curated files and MDX', () => {
    expect(lines.filter((l) => l.json).length).toBeGreaterThan(200);
    expect(lines.filter((l) => !l.json).length).toBeGreaterThan(50);
  });

  it('sets the percent sign close to its number', () => {
    expect(lines.filter((l) => /\d[ \u00a0\u202f]%/.test(l.text)).map((l) => `${l.where}: ${l.text.trim().slice(0, 120)}`)).toEqual([]);
  });

  it('uses typographic apostrophes in strings and curated texts', () => {
    expect(lines.filter((l) => l.json && /\p{L}'\p{L}/u.test(l.text)).map((l) => `${l.where}: ${l.text.trim().slice(0, 120)}`)).toEqual([]);
  });

  it('uses typographic apostrophes in MDX attribute values, which the Markdown renderer leaves alone', () => {
    const found = lines
      .filter((l) => !l.json)
      .flatMap((l) => [...l.text.matchAll(/="([^"]*)"/g)].filter((m) => /\p{L}'/u.test(m[1]!)).map((m) => `${l.where}: ${m[1]!.slice(0, 100)}`));
    expect(found).toEqual([]);
  });

  it('writes a day in the report’s one date style, never "21 July 2022" or "July 21, 2022"', () => {
    const other =
      /\b\d{1,2}(?:–\d{1,2})? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b|\b(?:January|February|March|April|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;
    expect(lines.filter((l) => other.test(l.text)).map((l) => `${l.where}: ${l.text.trim().slice(0, 120)}`)).toEqual([]);
  });
});
