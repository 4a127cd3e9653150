import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite, problemLines } from '../../scripts/lib/editions/sweep';
import { flattenPlain } from '../../scripts/lib/editions/page-checks';
import { LOCALES } from '../../src/lib/i18n/locales';
import { DATA_DIR, PINNED_AS_OF, ROOT } from '../lib/pinned';
import { astroBuild, CI_ARCHIVE, sharedSite } from '../lib/shared-builds';
import { attr, brokenLinks, sitePages, textOf } from './lib/site';

/**
 * The archive build (`npm run build:archive`), with three of the published editions so that CI stays
 * quick: 2024-12-31 (a Tokyo holiday: the edition of 2024-12-30), 2026-03-31 and 2026-06-30, and the
 * latest pinned at 2026-09-24. One astro build emits them all; a second build with two of them checks
 * that an old edition's files are byte for byte the same whichever other editions are built.
 */
const OLD = CI_ARCHIVE;
/** Their editions: a listed date on a holiday is the edition of the trading day before it. */
const IDS = ['2024-12-30', '2026-03-31', '2026-06-30'];
let out: string;
let again: string;

function build(dir: string, editions: readonly string[]): void {
  astroBuild(dir, { ...process.env, REPORT_AS_OF: PINNED_AS_OF, REPORT_ARCHIVE: editions.join(',') });
}

const json = (dir: string, p: string) => JSON.parse(readFileSync(path.join(dir, p), 'utf8'));
/** facts.json of an edition (`latest` or an old edition's id), flattened to dotted keys. */
const factsOf = (id: string) => flattenPlain(json(out, id === 'latest' ? 'data/facts.json' : `editions/${id}/data/facts.json`).facts);

type El = ReturnType<typeof sitePages>[number]['elements'][number];
/** The hrefs of the links inside an element. */
function anchorsIn(e: El): string[] {
  const kids = e.childNodes.filter((c): c is El => 'tagName' in c);
  return [...(e.tagName === 'a' && attr(e, 'href') ? [attr(e, 'href') as string] : []), ...kids.flatMap(anchorsIn)];
}

let parsed: ReturnType<typeof sitePages> | undefined;
/** Every page of the archive build, parsed once. */
const pagesOf = () => (parsed ??= sitePages(out));

beforeAll(() => {
  // Built once per test run: the archive's browser test (tests/e2e/archive.test.ts) reads the same site.
  out = sharedSite({ asOf: PINNED_AS_OF, archive: OLD });
  again = mkdtempSync(path.join(tmpdir(), 'n225-archive-again-'));
  build(again, OLD.slice(0, 2));
}, 600_000);

afterAll(() => rmSync(again, { recursive: true, force: true }));

interface EditionsJson {
  editions: {
    id: string;
    asOf: string;
    listed: string | null;
    latest: boolean;
    pages: Record<string, string>;
    facts: string;
    previous: string | null;
    changes: string | null;
    headline: Record<string, number | null>;
  }[];
}

describe('the archive build', () => {
  it('lists the editions newest first in /data/editions.json, a holiday quarter-end as its last trading day', () => {
    const { editions } = json(out, 'data/editions.json') as EditionsJson;
    expect(editions.map((e) => [e.id, e.asOf])).toEqual([
      ['latest', PINNED_AS_OF],
      ['2026-06-30', '2026-06-30'],
      ['2026-03-31', '2026-03-31'],
      ['2024-12-30', '2024-12-30'],
    ]);
    expect(editions.map((e) => e.listed)).toEqual([null, '2026-06-30', '2026-03-31', '2024-12-31']);
    expect(editions.map((e) => e.previous)).toEqual(['2026-06-30', '2026-03-31', '2024-12-30', null]);
    for (const e of editions) {
      expect(json(out, e.facts.slice(1)).edition.asOf).toBe(e.asOf);
      for (const [fact, value] of Object.entries(e.headline)) expect(factsOf(e.id).get(fact), `${e.id} ${fact}`).toBe(value);
      for (const l of LOCALES) expect(existsSync(path.join(out, e.pages[l]!, 'index.html')), e.pages[l]).toBe(true);
    }
  });

  it('gives each old edition its own facts.json, figure CSVs and pages, cut to its date', () => {
    for (const id of IDS) {
      const { asOf, problems } = checkBuiltSite(path.join(out, 'editions', id), id);
      expect(problemLines(problems), `edition ${id}`).toEqual([]);
      expect(asOf).toBe(id);
      expect(readdirSync(path.join(out, 'editions', id, 'data/figures')).length).toBeGreaterThan(50);
      const closes = readFileSync(path.join(out, 'editions', id, 'data/series/n225.csv'), 'utf8')
        .trimEnd()
        .split('\n');
      expect(closes.at(-1)?.slice(0, 10)).toBe(asOf);
    }
  });

  it('resolves every internal link and anchor of every page, old editions included', () => {
    expect(brokenLinks(out, pagesOf())).toEqual([]);
  });

  it('puts a banner on every page of an old edition, linking the latest edition of the same page, and none on the latest', () => {
    const pages = pagesOf();
    for (const p of pages) {
      const banner = p.elements.find((e) => e.tagName === 'aside' && attr(e, 'class')?.includes('edition-banner'));
      const m = /^\/editions\/([^/]+)\/([^/]+)\/(.*)$/.exec(p.url);
      if (!m) {
        expect(banner, p.url).toBeUndefined();
        continue;
      }
      expect(banner, p.url).toBeDefined();
      expect(attr(banner!, 'data-pagefind-ignore')).toBe('all');
      expect(anchorsIn(banner!)).toContain(`/${m[2]}/${m[3]}`);
      expect(textOf(banner!)).toContain(json(out, `editions/${m[1]}/data/facts.json`).edition.asOf.slice(0, 4));
    }
  });

  it('names the editions feed on every page', () => {
    for (const p of pagesOf()) {
      const lang = /^\/(?:editions\/[^/]+\/)?([^/]+)\//.exec(p.url)?.[1];
      // Every page of the site's frame (the print route is the PDF's source, the root only redirects).
      if (!lang || !(LOCALES as readonly string[]).includes(lang) || p.url.includes('/print/')) continue;
      const feed = p.elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === 'application/atom+xml');
      expect(attr(feed!, 'href'), p.url).toBe(`/${lang}/feed.xml`);
    }
  });

  it.each(LOCALES)('publishes a well-formed Atom feed in %s, one entry per edition, each linking a built page', (lang) => {
    const xml = readFileSync(path.join(out, lang, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const { editions } = json(out, 'data/editions.json') as EditionsJson;
    expect(feed.entry).toHaveLength(editions.length);
    expect(new Set(feed.entry.map((e: { id: string }) => e.id)).size).toBe(editions.length);
    feed.entry.forEach((entry: { updated: string; link: { '@href': string }[]; summary: string; title: string }, i: number) => {
      expect(entry.updated).toBe(`${editions[i]!.asOf}T00:00:00Z`);
      expect(entry.link[0]!['@href']).toBe(editions[i]!.pages[lang]);
      expect(entry.summary.length).toBeGreaterThan(20);
    });
    expect(feed.updated).toBe(`${PINNED_AS_OF}T00:00:00Z`);
  });

  it('lists in every changes file exactly the difference of the two editions’ facts.json', () => {
    const { editions } = json(out, 'data/editions.json') as EditionsJson;
    const changes = editions.filter((e) => e.changes);
    expect(changes).toHaveLength(3);
    const history = readFileSync(path.join(DATA_DIR, 'n225-constituent-changes.csv'), 'utf8').trimEnd().split('\n').slice(1);
    for (const e of changes) {
      const c = json(out, e.changes!.slice(1));
      const prev = editions.find((x) => x.id === e.previous)!;
      const [f0, f1] = [factsOf(prev.id), factsOf(e.id)];
      expect(c.from).toEqual({ id: prev.id, asOf: prev.asOf });
      expect(c.figures.length).toBeGreaterThanOrEqual(8);
      for (const f of c.figures) {
        expect(f.from, f.fact).toBe(f0.get(f.fact));
        expect(f.to, f.fact).toBe(f1.get(f.fact));
        expect(f.change).toBeCloseTo((f1.get(f.fact) as number) - (f0.get(f.fact) as number), 10);
      }
      for (const w of c.words) {
        expect([w.from, w.to]).toEqual([f0.get(w.fact), f1.get(w.fact)]);
        expect(w.from).not.toBe(w.to);
      }
      // Figures shown: an edition writes a CSV for each figure it shows.
      const shown = (id: string) => new Set(readdirSync(path.join(out, id === 'latest' ? '' : `editions/${id}`, 'data/figures')).map((f) => f.replace(/\.csv$/, '')));
      const [s0, s1] = [shown(prev.id), shown(e.id)];
      expect(c.appeared.sort()).toEqual([...s1].filter((x) => !s0.has(x)).sort());
      expect(c.disappeared.sort()).toEqual([...s0].filter((x) => !s1.has(x)).sort());
      const between = history.filter((l) => l.slice(0, 10) > prev.asOf && l.slice(0, 10) <= e.asOf);
      expect(c.constituents.map((x: { date: string; code: string; name: string; action: string }) => [x.date, x.code, x.name, x.action].join(',')).sort()).toEqual(between.sort());
    }
    // The test set spans the April 2025 and 2026 reviews.
    expect(json(out, editions.find((e) => e.id === '2026-03-31')!.changes!.slice(1)).constituents.length).toBeGreaterThan(0);
  });

  it('shows on each what-changed page the figures of its changes file, in every language', () => {
    const { editions } = json(out, 'data/editions.json') as EditionsJson;
    for (const e of editions.filter((x) => x.changes)) {
      const c = json(out, e.changes!.slice(1));
      for (const l of LOCALES) {
        const url = `${e.pages[l]}changes/`;
        const page = pagesOf().find((p) => p.url === url)!;
        expect(page, url).toBeDefined();
        const rows = page.elements.filter((x) => x.tagName === 'tr' && attr(x, 'data-change'));
        expect(rows.map((r) => [attr(r, 'data-change'), Number(attr(r, 'data-from')), Number(attr(r, 'data-to'))])).toEqual(
          c.figures.map((f: { fact: string; from: number; to: number }) => [f.fact, f.from, f.to]),
        );
        expect(page.elements.filter((x) => attr(x, 'data-word')).map((x) => attr(x, 'data-word'))).toEqual(c.words.map((w: { fact: string }) => w.fact));
        // The Overview opens with the short list, linking this page.
        const home = pagesOf().find((p) => p.url === e.pages[l])!;
        const short = home.elements.find((x) => x.tagName === 'section' && attr(x, 'class')?.includes('changes-short'));
        expect(short, e.pages[l]).toBeDefined();
        expect(home.elements.some((x) => x.tagName === 'a' && attr(x, 'href') === url)).toBe(true);
      }
    }
  });

  it('indexes the latest edition only for search', () => {
    const dir = path.join(out, 'pagefind/fragment');
    const urls = readdirSync(dir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(dir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ).url as string,
    );
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => u.includes('/editions/'))).toEqual([]);
  });

  it('builds an old edition byte for byte the same in another archive build', () => {
    const id = IDS[1]!;
    const sums = (dir: string) =>
      new Map(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => {
            const f = path.relative(dir, path.join(d.parentPath, d.name));
            return [
              f,
              createHash('sha256')
                .update(readFileSync(path.join(dir, f)))
                .digest('hex'),
            ];
          }),
      );
    const [a, b] = [sums(path.join(out, 'editions', id)), sums(path.join(again, 'editions', id))];
    expect(a.size).toBeGreaterThan(100);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f)).toEqual([]);
  });
});

describe('the plain build (npm run build)', () => {
  const dist = path.join(ROOT, 'dist');
  it('stays the latest edition alone: no old editions, editions page, feed or changes', () => {
    expect(existsSync(path.join(dist, 'zh/index.html')), 'dist/ is missing: run `npm run build` first').toBe(true);
    for (const p of ['editions', 'data/editions.json', 'data/changes', ...LOCALES.flatMap((l) => [`${l}/editions`, `${l}/changes`, `${l}/feed.xml`])]) {
      expect(existsSync(path.join(dist, p)), p).toBe(false);
    }
    expect(readFileSync(path.join(dist, 'en/index.html'), 'utf8')).not.toContain('application/atom+xml');
  });
});
