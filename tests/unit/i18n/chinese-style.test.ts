import { describe, expect, it } from 'vitest';
import { writtenLines } from '../../lib/written-text';

/**
 * One style in Chinese, wherever the text is written (UI and chapter strings, curated texts, the chapters'
 * zh.mdx): the edition is 本版 (本版日期), never 本期; no space between Chinese and a number or a fact
 * (`收于<V …/>点`, not `收于 <V …/> 点`). The built pages are checked too (tests/build/site.test.ts: no
 * such space, and no Markdown `**` left unclosed, as `**…。**` is before Chinese text); this finds them at
 * their source.
 */
const HAN = '[\\p{Script=Han}，。；：（）、]';
const shown = (l: { where: string; text: string }) => `${l.where}: ${l.text.trim().slice(0, 100)}`;

describe('Chinese style', () => {
  const lines = writtenLines('zh');

  it('reads Chinese text from strings, curated files and MDX', () => {
    expect(lines.filter((l) => l.json).length).toBeGreaterThan(200);
    expect(lines.filter((l) => !l.json).length).toBeGreaterThan(50);
  });

  it('calls the edition 本版, never 本期', () => {
    expect(lines.filter((l) => l.text.includes('本期')).map(shown)).toEqual([]);
  });

  it('sets no space between Chinese and a fact, a placeholder or a digit', () => {
    const spaced = new RegExp(`${HAN} (?:<(?:V|Pick|Ref)\\b|\\{|[0-9])|(?:/>|\\}) ${HAN}|[0-9%] ${HAN}`, 'u');
    expect(lines.filter((l) => spaced.test(l.text)).map(shown)).toEqual([]);
  });

  it('never sets a fact right after a digit, where the two numbers would read as one ("日经22538.33%")', () => {
    expect(lines.filter((l) => /[0-9](?:<V\b|\{[a-z])/.test(l.text)).map(shown)).toEqual([]);
  });
});
