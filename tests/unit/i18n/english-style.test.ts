import { describe, expect, it } from 'vitest';
import { writtenLines } from '../../lib/written-text';

/**
 * One typographic style in English, wherever the text is written: a percent sign set close to its number
 * ("95%", as every formatted fact prints it, not "95 %"), and typographic apostrophes in strings, curated
 * texts, frontmatter and MDX attribute values such as `<Pick … differs="…">` (MDX body prose gets them
 * from the Markdown renderer, attributes do not); and a day written as the report writes its dates
 * ("Jul 21, 2022"), never "21 July 2022" or "July 21, 2022" (curated texts write `{date:2022-07-21}`,
 * which each language's formatter writes out). Quotations of the seed documents are Chinese and are not
 * touched by these rules.
 */
describe('English style', () => {
  const lines = writtenLines('en');

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
