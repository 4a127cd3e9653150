import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastN225Row } from '../lib/pinned';
import { attr, brokenLinks, foreignResources, sitePages, textOf, type Page } from './lib/site';
import { LOCALES, localeSpec } from '../../src/lib/i18n/locales';
import { CHAPTER_SLUGS } from '../../src/chapters/registry';

/**
 * The default edition as `npm run build` leaves it in dist/ (README's test command builds first):
 * every page in both languages, its structure, its cross-references and its key facts.
 */
const DIST = path.join(__dirname, '../../dist');
let pages: Page[];
const page = (url: string) => {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`no page ${url} in dist/`);
  return p;
};
/** Every chapter but the overview, which is the landing page. */
const CHAPTERS = CHAPTER_SLUGS.filter((c) => c !== 'overview');

beforeAll(() => {
  if (!existsSync(path.join(DIST, 'zh/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  pages = sitePages(DIST);
});

describe('the built site (default edition)', () => {
  it('has every chapter in every language, the overview as each landing page', () => {
    for (const l of LOCALES) {
      expect(textOf(page(`/${l}/`).elements.find((e) => e.tagName === 'h1')!)).toBeTruthy();
      for (const c of CHAPTERS) expect(page(`/${l}/${c}/`)).toBeTruthy();
    }
    expect(pages.some((p) => p.url.endsWith('/overview/'))).toBe(false);
  });

  it('resolves every internal link and anchor, cross-references included', () => {
    expect(brokenLinks(DIST, pages)).toEqual([]);
  });

  it('loads nothing from another origin and links nowhere over plain http', () => {
    expect(foreignResources(DIST, pages)).toEqual([]);
  });

  it('gives every page a language, one h1, unique ids, a title and a description', () => {
    for (const p of pages) {
      const html = p.elements.find((e) => e.tagName === 'html')!;
      const own = LOCALES.find((l) => p.url.startsWith(`/${l}/`));
      // A page of a language is tagged with its locale spec's tag; the root pages with one of the report's tags.
      if (own) expect(attr(html, 'lang'), p.url).toBe(localeSpec(own).tag);
      else
        expect(
          LOCALES.map((l) => localeSpec(l).tag),
          p.url,
        ).toContain(attr(html, 'lang'));
      expect(p.elements.filter((e) => e.tagName === 'h1').length, p.url).toBe(1);
      const ids = p.elements.map((e) => attr(e, 'id')).filter(Boolean);
      expect(ids.length, p.url).toBe(new Set(ids).size);
      expect(textOf(p.elements.find((e) => e.tagName === 'title')!).trim(), p.url).not.toBe('');
      if (p.url !== '/' && p.url !== '/404.html') {
        expect(
          p.elements.some((e) => e.tagName === 'meta' && attr(e, 'name') === 'description' && attr(e, 'content')),
          p.url,
        ).toBe(true);
        expect(
          p.elements.some((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:title'),
          p.url,
        ).toBe(true);
      }
    }
  });

  it('numbers figure references as the figures they point to, in both languages', () => {
    for (const p of pages.filter((x) => /^\/(zh|en)\//.test(x.url))) {
      for (const a of p.elements.filter((e) => e.tagName === 'a' && attr(e, 'class') === 'ref')) {
        const [target = '', id = ''] = (attr(a, 'href') ?? '').split('#');
        const fig = page(target).elements.find((e) => attr(e, 'id') === id && e.tagName === 'figure');
        expect(fig, `${p.url}: ${attr(a, 'href')}`).toBeTruthy();
        const number = textOf(fig!.childNodes.map((c) => c as never).find((c: { tagName?: string }) => c.tagName === 'figcaption')!).trim();
        expect(number.startsWith(textOf(a).trim()), `${p.url}: "${textOf(a)}" vs "${number}"`).toBe(true);
      }
    }
  });

  it('sets no space between Chinese text and a number on the Chinese pages', () => {
    const BLOCKS = new Set(['p', 'li', 'figcaption', 'td', 'th', 'dd', 'dt', 'summary', 'h1', 'h2', 'h3', 'h4', 'caption', 'blockquote']);
    const inside = (e: (typeof pages)[number]['elements'][number], tags: string[]) => {
      for (let n = e.parentNode as typeof e | null; n && 'tagName' in n; n = n.parentNode as typeof e | null) if (tags.includes(n.tagName)) return true;
      return false;
    };
    // Han or full-width punctuation, a space, then a number (a sign set close to it); or a digit or %, a space, then Han.
    const spaced = /[\p{Script=Han}，。；：（）、][ \u00a0](?=[0-9]|[+\-−][0-9])|[0-9%][ \u00a0](?=[\p{Script=Han}，。；：（）、])/u;
    const found: string[] = [];
    for (const p of pages.filter((x) => /^\/zh(-hant)?\//.test(x.url))) {
      for (const e of p.elements.filter((x) => BLOCKS.has(x.tagName) && !inside(x, ['svg', 'script', 'style']))) {
        const text = textOf(e);
        const m = spaced.exec(text);
        if (m) found.push(`${p.url} <${e.tagName}>: …${text.slice(Math.max(0, m.index - 12), m.index + 14)}…`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('leaves no Markdown emphasis unclosed: no "**" in any page (CommonMark closes **…。** only before a space or punctuation)', () => {
    const found = pages.filter((p) => p.elements.some((e) => ['p', 'li', 'td', 'th', 'dd', 'figcaption', 'summary', 'blockquote'].includes(e.tagName) && textOf(e).includes('**')));
    expect(found.map((p) => p.url)).toEqual([]);
  });

  it('counts on each chapter card only what the chapter has: "3 tables", never "0 figures"', () => {
    for (const l of LOCALES) {
      const metas = page(`/${l}/`)
        .elements.filter((e) => attr(e, 'class') === 'card-meta')
        .map((e) => textOf(e));
      expect(metas.length, l).toBe(CHAPTER_SLUGS.length);
      expect(
        metas.filter((m) => /(^|\D)0(?!\d)/.test(m) || m.trim() === ''),
        l,
      ).toEqual([]);
    }
  });

  it('states the edition from the data on every report page and publishes it in facts.json', () => {
    // The default edition is the data's last day, whatever the analyst last ingested: read it from the file.
    const last = lastN225Row();
    const { edition, facts } = JSON.parse(readFileSync(path.join(DIST, 'data/facts.json'), 'utf8'));
    expect(edition.asOf).toBe(last.date);
    expect(facts.data.n225.last).toBe(last.date);
    expect(facts.outlook.trend.close).toBeCloseTo(Number(last.close), 4);
    for (const p of pages.filter((x) => /^\/(zh|en)\//.test(x.url))) {
      expect(p.html, p.url).toContain(`datetime="${last.date}"`);
    }
  });

  it('builds a search index for each language', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Pagefind indexes each page under its <html lang>: one index per language, named as the locale spec says.
    expect(Object.keys(entry.languages).sort()).toEqual(LOCALES.map((l) => localeSpec(l).searchLanguage).sort());
    for (const l of LOCALES) expect(entry.languages[localeSpec(l).searchLanguage]?.page_count, l).toBeGreaterThanOrEqual(CHAPTERS.length + 1);
  });
});
