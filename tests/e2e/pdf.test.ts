import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, type PDFString } from 'pdf-lib';
import { CHAPTER_SLUGS, chapterNumber } from '../../src/chapters/registry';
import { fillNames } from '../../src/lib/config/names';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDistPdfs } from '../lib/shared-builds';
import { chromiumPath } from '../../scripts/lib/browser';
import { artifactTextRuns, pageContent, textOutsideMarkedContent } from '../../scripts/lib/pdf-artifacts';
import { figureElements } from '../../scripts/lib/pdf-attach';
import { readOutline } from '../../scripts/lib/pdf-outline';
import { linkAnnotations, SRGB_PROFILE } from '../../scripts/lib/pdf-standards';
import { printReports } from '../../scripts/lib/pdf-report';
import { summaryText } from '../../src/lib/site/summary-text';
import type { Fact } from '../../src/lib/report/fact';
import { formatDate, formatPercent, formatPercentile } from '../../src/lib/i18n/format';
import { LANG_TAG, LANGUAGE_NAME, LOCALES, localeSpec, wordGap, type Locale } from '../../src/lib/i18n/locales';
import { chapterProse } from '../../src/lib/i18n/prose-fs';
import { STRINGS, type StringKey } from '../../src/lib/i18n/t';

/**
 * `npm run pdf` for real: Chromium prints every language of the locale spec from the built site (dist/, which README's test
 * command builds first) once per test run (shared with pdf-breaks.test.ts), and poppler's tools read the PDFs back. Without
 * Chromium or poppler-utils these tests skip with a loud notice, except under CI=true, where that fails.
 */
/** A UI string as a page shows it: the report's names (`{index}` …) filled from the report config. */
const S = (lang: Lang, key: StringKey) => fillNames(STRINGS[lang][key], lang);

const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const run = promisify(execFile);
const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const tools = ['pdftotext', 'pdffonts', 'pdftoppm', 'pdfinfo', 'pdfimages'];
const ready = chromiumPath() !== null && tools.every(has);
if (!ready) {
  const msg = `\n\n!!! No Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} or no poppler tools (${tools.join(', ')}): PDF tests are SKIPPED. Install them: apt-get install -y chromium fonts-noto-cjk poppler-utils\n`;
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(msg);
}

type Lang = Locale;
const LANGS: readonly Lang[] = LOCALES;
/** The script suffix of a language's CJK print faces: `@fontsource/noto-serif-tc` -> `TC`. */
const faceScript = (lang: Lang) => localeSpec(lang).fonts.print.serif.split('-').pop()!.toUpperCase();
/** Text compared without white space (pdftotext breaks lines where the layout did). */
const squash = (s: string) => s.replace(/\s+/g, '');

/** The built edition's facts (dist/data/facts.json), flattened to dotted keys, as chapter summaries read them. */
function builtFacts(): Map<string, Fact> {
  const out = new Map<string, Fact>();
  const walk = (node: unknown, prefix: string) => {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
    else out.set(prefix, { value: node, unit: 'word' } as Fact);
  };
  walk(JSON.parse(readFileSync(path.join(DIST, 'data/facts.json'), 'utf8')).facts, '');
  return out;
}

/** The chapters of a language as the chapter registry orders them and their MDX files title them, summaries read for the built edition. */
function chapters(lang: Lang): { title: string; summary: string; order: number }[] {
  const facts = builtFacts();
  return CHAPTER_SLUGS.map((slug) => {
    const head = chapterProse(ROOT, slug, lang).text.split('---')[1] ?? '';
    const field = (k: string) =>
      new RegExp(`^${k}:\\s*(.+)$`, 'm')
        .exec(head)?.[1]
        ?.trim()
        .replace(/^["']|["']$/g, '') ?? '';
    return { title: fillNames(field('title'), lang), summary: summaryText(fillNames(field('summary'), lang), facts, slug), order: chapterNumber(slug) };
  });
}
/** True when a page shows `heading` on a line of its own (or over two lines, if it wrapped). */
function holdsHeading(page: string, heading: string): boolean {
  const lines = page.split('\n').map(squash).filter(Boolean);
  const want = squash(heading);
  return lines.some((l, i) => l === want || `${l}${lines[i + 1] ?? ''}` === want);
}
const kicker = (lang: Lang, n: number) => S(lang, 'nav.chapterKicker').replace('{n}', String(n));

// Reading 45 pages back with poppler one by one takes a while on a busy 2-core machine.
describe.skipIf(!ready)('npm run pdf', { timeout: 180_000 }, () => {
  let out: string;
  let log: string;
  let asOf: string;
  const file = (lang: Lang) => path.join(out, `nikkei225-report-${lang}-${asOf}.pdf`);
  /** Each PDF's pages as `pdftotext -layout` reads them, read once (one call per PDF, not one per page). */
  const pagesOf = new Map<Lang, Promise<string[]>>();
  /** Page `p`'s text, as `pdftotext -f p -l p -layout` gives it (ending in a form feed). */
  const pageText = async (lang: Lang, p: number) => {
    if (!pagesOf.has(lang))
      pagesOf.set(
        lang,
        run('pdftotext', ['-layout', file(lang), '-'], { maxBuffer: 1 << 26 }).then((r) => r.stdout.split('\f').map((t) => `${t}\f`)),
      );
    return (await pagesOf.get(lang)!)[p - 1] ?? '';
  };
  /**
   * The contents page's text column by column (the contents are set in two): each half of the text area
   * (A4 points, under the running header and above the footer), left then right.
   */
  const contentsColumns = async (lang: Lang, p: number) => {
    const [top, bottom, middle, width] = [62, 786, 298, 596];
    const half = async (x: number, w: number) =>
      (await run('pdftotext', ['-f', String(p), '-l', String(p), '-layout', '-x', String(x), '-y', String(top), '-W', String(w), '-H', String(bottom - top), file(lang), '-']))
        .stdout;
    return `${await half(0, middle)}\n${await half(middle, width - middle)}`;
  };
  /** The page of a level-2 bookmark (the summary, the contents, a chapter) found by its title. */
  const bookmarkPage = async (lang: Lang, title: string) =>
    (await readOutline(readFileSync(file(lang)))).items.find((o) => o.level === 2 && squash(o.title) === squash(title))!.page!;
  /** The first chapter's opening page: the contents fill the pages from theirs up to it. */
  const firstChapterPage = async (lang: Lang) => bookmarkPage(lang, `${kicker(lang, 1)}${chapters(lang)[0]!.title}`);
  const contentsPage = async (lang: Lang) => bookmarkPage(lang, S(lang, 'nav.contents'));
  const pageCount = async (lang: Lang) => Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file(lang)])).stdout)?.[1]);

  beforeAll(async () => {
    asOf = JSON.parse(readFileSync(path.join(DIST, 'data/facts.json'), 'utf8')).edition.asOf;
    // Printed once per test run and shared with pdf-breaks.test.ts.
    ({ dir: out, log } = sharedDistPdfs());
  });

  it('writes one PDF per language, named with the edition, and shows progress while printing', () => {
    for (const lang of LANGS) expect(statSync(file(lang)).size, lang).toBeGreaterThan(50_000);
    expect(readdirSync(out).sort()).toEqual(LANGS.map((l) => path.basename(file(l))).sort());
    for (const lang of LANGS) expect(log).toMatch(new RegExp(`\\[${lang}\\]\\s+pass 2: \\d+ pages`));
    for (const lang of LANGS) expect(log).toMatch(new RegExp(`\\[${lang}\\] .*: \\d+ pages, \\d+ KiB`));
  });

  it.each(LANGS)('%s: opens with a cover that states the title, subtitle, edition and language', async (lang) => {
    const cover = squash(await pageText(lang, 1));
    expect(cover).toContain(squash(S(lang, 'site.title')));
    expect(cover).toContain(squash(S(lang, 'site.subtitle')));
    expect(cover).toContain(squash(S(lang, 'edition.asOf')));
    expect(cover).toContain(squash(LANGUAGE_NAME[lang]));
    expect(cover).toContain(squash(formatDate(asOf, lang)));
  });

  it.each(LANGS)("%s: lists every chapter in order in the contents, and each entry's page holds that heading", async (lang) => {
    const first = await firstChapterPage(lang);
    const contents = await contentsPage(lang);
    expect(contents).toBe(3);
    // The contents fit their page.
    expect(first).toBe(contents + 1);
    const toc = await contentsColumns(lang, contents);
    expect(toc).toContain(S(lang, 'nav.contents'));
    // Contents lines end in a page number (the leader dots are drawn, not text); a long entry's second line has none.
    const entries: { text: string; page: number }[] = [];
    for (const line of toc.split('\n')) {
      const m = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
      if (m) entries.push({ text: m[1]!, page: Number(m[2]) });
      else if (/^\s{3,}\S/.test(line) && entries.length > 0) entries.at(-1)!.text += line.trim();
    }
    const chs = chapters(lang);
    const chapterEntries = entries.filter((e) => chs.some((c) => squash(e.text) === squash(`${kicker(lang, c.order)}${c.title}`)));
    expect(chapterEntries.map((e) => squash(e.text))).toEqual(chs.map((c) => squash(`${kicker(lang, c.order)}${c.title}`)));
    expect(entries.length).toBeGreaterThan(chs.length);
    const pages = await pageCount(lang);
    let last = first;
    for (const e of entries) {
      expect(e.page, e.text).toBeGreaterThanOrEqual(last);
      expect(e.page, e.text).toBeLessThanOrEqual(pages);
      // A chapter's heading shows its title on a line of its own, under the kicker.
      const chapter = chs.find((c) => squash(e.text) === squash(`${kicker(lang, c.order)}${c.title}`));
      const heading = chapter ? chapter.title : e.text;
      // The first page from the previous entry on that holds the heading is the one the contents name.
      let found = 0;
      for (let p = last; p <= pages && !found; p += 1) if (holdsHeading(await pageText(lang, p), heading)) found = p;
      expect(found, e.text).toBe(e.page);
      last = e.page;
    }
    // A chapter's entry points at its opening page, which alone carries the chapter's summary.
    for (const c of chs) {
      const e = chapterEntries.find((x) => squash(x.text).endsWith(squash(c.title)))!;
      expect(squash(await pageText(lang, e.page))).toContain(squash(c.summary).slice(0, 20));
    }
  });

  it.each(LANGS)('%s: starts every chapter on a new page under its running header, with page numbers in the footer', async (lang) => {
    const pages = await pageCount(lang);
    for (let p = 2; p <= pages; p += 1) {
      const text = await pageText(lang, p);
      expect(text, `page ${p}`).toMatch(new RegExp(`\\b${p}\\s*/\\s*${pages}\\s*$`));
    }
    const chs = chapters(lang);
    const outline = (await readOutline(readFileSync(file(lang)))).items;
    for (const c of chs) {
      const opening = outline.find((o) => o.level === 2 && squash(o.title) === squash(`${kicker(lang, c.order)}${c.title}`))!.page!;
      const top = (await pageText(lang, opening)).split('\n').find((l) => l.trim())!;
      expect(squash(top), `header of page ${opening}`).toMatch(new RegExp(`^${squash(kicker(lang, c.order))}[·　]?${squash(c.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      // Nothing of another chapter shares the opening page: the page before it ends the previous part.
      const before = await pageText(lang, opening - 1);
      expect(squash(before)).not.toContain(squash(c.summary).slice(0, 20));
    }
  });

  it.each(LANGS)('%s: has bookmarks for the report, its contents, every chapter and its sections', async (lang) => {
    const { items } = await readOutline(readFileSync(file(lang)));
    // The report's title is the root; the contents and the chapters under it; sections under their chapter.
    expect(items.filter((o) => o.level === 1).map((o) => squash(o.title))).toEqual([squash(S(lang, 'site.title'))]);
    const chapterLevel = items.filter((o) => o.level === 2).map((o) => squash(o.title));
    expect(chapterLevel).toEqual([squash(S(lang, 'summary.heading')), squash(S(lang, 'nav.contents')), ...chapters(lang).map((c) => squash(`${kicker(lang, c.order)}${c.title}`))]);
    expect(items.filter((o) => o.level === 3).length).toBeGreaterThan(chapters(lang).length);
    for (const o of items) expect(o.page, o.title).not.toBeNull();
  });

  it.each(LANGS)('%s: states title, author, language and a file identifier and is tagged, on A4', async (lang) => {
    const info = (await run('pdfinfo', [file(lang)])).stdout;
    expect(info).toMatch(new RegExp(`Title:\\s+${S(lang, 'site.title')}`));
    expect(info).toMatch(new RegExp(`Author:\\s+${S(lang, 'print.publisher')}`));
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const doc = await PDFDocument.load(readFileSync(file(lang)), { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${LANG_TAG[lang]})`);
    // PDF/A asks for the trailer's /ID: two byte strings (the same one for a file never modified).
    expect(String(doc.context.trailerInfo.ID)).toMatch(/^\[ <[0-9A-Fa-f]{32}> <[0-9A-Fa-f]{32}> \]$/);
  });

  it.each(LANGS)(
    "%s: embeds only named, subset CID TrueType fonts of Noto Serif and Noto Sans (the language's SC or TC faces; Latin faces over them in English) (no Type 3), and text extracts",
    async (lang) => {
      const rows = (await run('pdffonts', [file(lang)])).stdout.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(1);
      for (const r of rows) {
        // name, type "CID TrueType", encoding Identity-H, emb yes, sub yes, uni yes
        expect(r, r).toMatch(new RegExp(`^[A-Z]{6}\\+NotoS(?:erif|ans)(?:${faceScript(lang)})?\\S*-(?:Regular|Bold)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s`));
        expect(r).not.toMatch(/Type 3/);
      }
      const names = rows.map((r) => r.split(/\s+/)[0]!);
      expect(
        names.some((n) => /NotoSerif/.test(n)),
        'serif body',
      ).toBe(true);
      expect(
        names.some((n) => /NotoSans/.test(n)),
        'sans headings',
      ).toBe(true);
      // English is set in Latin faces (the CJK faces draw ’ “ ” § full-width); Chinese in its script's faces (SC, TC).
      expect(
        names.some((n) => (localeSpec(lang).fonts.print.latin ? /\+NotoSerif-/ : new RegExp(`\\+NotoSerif${faceScript(lang)}`)).test(n)),
        "the language's own text face",
      ).toBe(true);
      expect(squash(await pageText(lang, await firstChapterPage(lang)))).toContain(squash(chapters(lang)[0]!.title));
    },
  );

  // 2 MiB for some 58 pages, 77 embedded CSVs (about 630 KiB of them) and three or four CJK faces. Once past
  // 3 MiB, when every page carried the contents' leader dots (a transformed dotted border) and the tables'
  // scroll-shadow gradients.
  it.each(LANGS)('keeps the %s PDF under 2 MB', (lang) => {
    expect(statSync(file(lang)).size).toBeLessThan(2 * 1024 * 1024);
  });

  it.each(LANGS)('%s: opens with a summary page of facts after the cover', async (lang) => {
    expect(await bookmarkPage(lang, S(lang, 'summary.heading'))).toBe(2);
    const text = squash(await pageText(lang, 2));
    const facts = JSON.parse(readFileSync(path.join(DIST, 'data/facts.json'), 'utf8')).facts;
    for (const k of ['summary.returnsTitle', 'summary.riskTitle', 'summary.trendTitle', 'key.overview.heading'] as const) expect(text).toContain(squash(S(lang, k)));
    // The last close as the report writes it (thousands separator, two decimals).
    const close = facts.overview.key.lastClose.value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(text).toContain(close);
    // The five largest index weights, under the date of the weights, and no percentile written with "%".
    if (facts.constituents.weights.available) {
      expect(text).toContain(squash(S(lang, 'summary.weights.title').replace('{date}', formatDate(facts.constituents.weights.last, lang))));
      for (let r = 1; r <= 5; r += 1) expect(text).toContain(formatPercent(facts.constituents.weights.top[`r${r}`].weight, lang));
    }
    if (facts.valuation.tenYears) expect(text).toContain(squash(formatPercentile(facts.valuation.per.p10y, lang)));
    // Three sentences, each a bullet.
    const html = readFileSync(path.join(DIST, lang, 'print/index.html'), 'utf8');
    expect(/<ul class="rs-points"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!.match(/<li[\s>]/g)).toHaveLength(3);
  });

  it.each(LANGS)("%s: carries each figure's CSV as an associated file of its tagged figure, with the figure's text alternative", async (lang) => {
    const html = readFileSync(path.join(DIST, lang, 'print/index.html'), 'utf8');
    const ids = [...html.matchAll(/<figure class="figure figure-(?:chart|table)[^"]*" id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(20);
    const listed = (await run('pdfdetach', ['-list', file(lang)])).stdout.trim().split('\n');
    expect(listed[0]).toBe(`${ids.length} embedded files`);
    expect(
      listed
        .slice(1)
        .map((l) => l.replace(/^\d+:\s*/, ''))
        .sort(),
    ).toEqual(ids.map((id) => `${id}.csv`).sort());
    const doc = await PDFDocument.load(readFileSync(file(lang)), { updateMetadata: false });
    const figures = figureElements(doc);
    const withData = figures.filter((f) => f.elem.has(PDFName.of('AF')));
    expect(withData).toHaveLength(ids.length);
    for (const f of withData) {
      const spec = f.elem.lookup(PDFName.of('AF'), PDFArray).lookup(0, PDFDict);
      expect(spec.get(PDFName.of('AFRelationship'))?.toString()).toBe('/Data');
      const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')) as PDFRawStream;
      expect(stream.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/text#2Fcsv');
      const name = (spec.lookup(PDFName.of('F')) as PDFString).decodeText();
      expect(Buffer.from(decodePDFRawStream(stream).decode()).equals(readFileSync(path.join(DIST, 'data/figures', name))), name).toBe(true);
      // The figure's structure element is the one whose alternative starts with its printed label.
      const label = `^(${S(lang, 'figure.chart')}|${S(lang, 'figure.table')})${wordGap(lang)}\\d+${S(lang, 'figure.numberSep').replace('.', '\\.')}\\d+`;
      expect(f.alt).toMatch(new RegExp(label));
    }
    expect(doc.catalog.lookup(PDFName.of('AF'), PDFArray).size()).toBe(ids.length);
    // Each chart's text alternative (its aria-label on the page) is in the /Alt of its Figure element.
    const chartAlts = [...html.matchAll(/<div class="chart"[^>]*><svg [^>]*?aria-roledescription="[^"]+" aria-label="([^"]+)"/g)].map((m) =>
      m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    expect(chartAlts.length).toBeGreaterThan(10);
    for (const a of chartAlts)
      expect(
        withData.some((f) => f.alt.endsWith(a)),
        a.slice(0, 60),
      ).toBe(true);
  });

  it.each(LANGS)('%s: carries XMP metadata claiming PDF/A-3b and PDF/UA-1, an sRGB output intent and a description of every link', async (lang) => {
    // The XMP packet as poppler finds it: the document's title, author, language and date, and both claims.
    const xmp = (await run('pdfinfo', ['-meta', file(lang)])).stdout;
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const doc = await PDFDocument.load(readFileSync(file(lang)), { updateMetadata: false });
    expect(doc.getTitle()).toContain(S(lang, 'site.title'));
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escaped(doc.getTitle()!)}</rdf:li></rdf:Alt></dc:title>`);
    expect(xmp).toContain(`<dc:creator><rdf:Seq><rdf:li>${escaped(S(lang, 'print.publisher'))}</rdf:li></rdf:Seq></dc:creator>`);
    expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${LANG_TAG[lang]}</rdf:li></rdf:Bag></dc:language>`);
    expect(xmp).toContain(`<xmp:CreateDate>${asOf}T00:00:00Z</xmp:CreateDate>`);
    expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>\s*<pdfuaid:part>1<\/pdfuaid:part>/);
    // The pdfuaid schema is declared, as PDF/A asks of a schema it does not predefine.
    expect(xmp).toContain('<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>');
    // The Info dictionary says the same as the XMP (PDF/A requires them to agree).
    expect(doc.getCreationDate()?.toISOString()).toBe(`${asOf}T00:00:00.000Z`);
    expect(doc.getModificationDate()?.toISOString()).toBe(`${asOf}T00:00:00.000Z`);
    expect(xmp).toContain(`<pdf:Producer>${escaped(doc.getProducer()!)}</pdf:Producer>`);
    expect(xmp).toContain(`<xmp:CreatorTool>${escaped(doc.getCreator()!)}</xmp:CreatorTool>`);
    const metadata = doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
    expect(metadata.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/XML');
    expect(metadata.dict.has(PDFName.of('Filter'))).toBe(false);
    // The window shows the title, not the file name.
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    // One sRGB output intent carrying the profile's bytes.
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFA1');
    expect((intent.lookup(PDFName.of('OutputConditionIdentifier')) as PDFString).decodeText()).toBe('sRGB IEC61966-2.1');
    const profile = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(Buffer.from(decodePDFRawStream(profile).decode()).equals(readFileSync(SRGB_PROFILE))).toBe(true);
    // Every link says where it goes: the contents' entries and figure references name their target, web links their address.
    const links = linkAnnotations(doc);
    expect(links.length).toBeGreaterThan(50);
    for (const a of links) expect((a.lookup(PDFName.of('Contents')) as PDFString | undefined)?.decodeText().trim() ?? '').not.toBe('');
    const said = links.map((a) => (a.lookup(PDFName.of('Contents')) as PDFString).decodeText());
    // A contents entry's link names its chapter's heading.
    expect(said.some((t) => squash(t).includes(squash(chapters(lang)[0]!.title)))).toBe(true);
    for (const page of doc.getPages()) if (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.size()) expect(page.node.get(PDFName.of('Tabs'))?.toString()).toBe('/S');
  });

  it.each(LANGS)('%s: marks running headers, footers and decorations as artifacts, leaving no text outside the structure', async (lang) => {
    const doc = await PDFDocument.load(readFileSync(file(lang)), { updateMetadata: false });
    const pages = doc.getPages();
    for (const [i, page] of pages.entries()) {
      const content = pageContent(page);
      const unmarked = textOutsideMarkedContent(content);
      expect(unmarked, `page ${i + 1}`).toBe(0);
      // From the summary on, each page's header and footer text is an artifact.
      if (i > 0) expect(artifactTextRuns(content), `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(LANGS)('%s: draws charts as vectors (no raster image anywhere)', async (lang) => {
    const list = (await run('pdfimages', ['-list', file(lang)])).stdout.trim().split('\n');
    expect(list.slice(2)).toEqual([]);
    expect(squash((await run('pdftotext', [file(lang), '-'])).stdout)).toContain(squash(S(lang, 'chart.close')));
  });

  it.each(LANGS)('%s: has no blank page', async (lang) => {
    const prefix = path.join(out, `gray-${lang}`);
    await run('pdftoppm', ['-gray', '-r', '20', file(lang), prefix]);
    const pgms = readdirSync(out)
      .filter((f) => f.startsWith(`gray-${lang}`) && f.endsWith('.pgm'))
      .sort();
    expect(pgms.length).toBe(await pageCount(lang));
    for (const f of pgms) {
      const buf = readFileSync(path.join(out, f));
      // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 40).toString('latin1'))!;
      const pixels = buf.subarray(header[0].length);
      let dark = 0;
      for (const v of pixels) if (v < 160) dark += 1;
      expect(dark / pixels.length, f).toBeGreaterThan(0.003);
    }
  });
});

describe.skipIf(!ready)('npm run pdf -- --letter', () => {
  it('prints on US Letter', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'n225-pdf-letter-'));
    try {
      const [pdf] = await printReports({ dist: DIST, outDir: out, paper: 'Letter', locales: ['en'] });
      expect((await run('pdfinfo', [pdf!.file])).stdout).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
      expect(pdf!.passes).toBeGreaterThanOrEqual(2);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the site's PDF links", () => {
  it('point only at PDFs the built site holds', () => {
    for (const lang of LANGS) {
      const html = readFileSync(path.join(DIST, lang, 'index.html'), 'utf8');
      for (const [, href] of html.matchAll(/class="pdf-link" href="([^"]+)"/g)) expect(statSync(path.join(DIST, href!)).isFile(), href).toBe(true);
    }
  });
});
