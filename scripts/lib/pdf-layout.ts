import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { Page } from 'playwright-core';
import type { PDFDocument } from 'pdf-lib';

/**
 * Page-break decisions CSS cannot make, taken by measuring a printing and changing the page before the
 * next one. Chromium's paged media has no floats, so a chart too tall for the rest of a page moves whole
 * to the next page and leaves the foot of this one empty. The printer then moves that figure (title,
 * chart, caption, source) after the paragraph(s) that follow it in its section, so their text fills the
 * page. Positions come from the printed PDF itself: Chromium writes a named destination, with page and
 * height, for every element a link points to, so the page carries hidden links to a zero-height marker
 * before each figure (where the text before it ended) and to the figure (where it was placed).
 */

/** Where a named destination points: 1-based page and the height on it, in PDF points from the bottom. */
export interface DestPos {
  page: number;
  y: number;
}

/** Every named destination of a PDF (`/Dests` dictionary or `/Names /Dests` tree) with its page and height. */
export function namedDestinations(doc: PDFDocument): Map<string, DestPos> {
  const pages = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out = new Map<string, DestPos>();
  const add = (name: string, dest: PDFObject | undefined) => {
    const arr = dest instanceof PDFDict ? dest.lookup(PDFName.of('D')) : dest;
    if (!(arr instanceof PDFArray)) return;
    const ref = arr.get(0);
    const y = arr.lookup(3);
    const page = ref instanceof PDFRef ? pages.get(ref.toString()) : undefined;
    if (page && y instanceof PDFNumber) out.set(name, { page, y: y.asNumber() });
  };
  const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests) for (const [k, v] of dests.entries()) add(decodeURIComponent(k.decodeText()), dests.context.lookup(v));
  const walk = (node: PDFDict | undefined) => {
    if (!node) return;
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (names) for (let i = 0; i + 1 < names.size(); i += 2) add(text(names.lookup(i)), names.lookup(i + 1));
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids) for (let i = 0; i < kids.size(); i += 1) walk(kids.lookup(i, PDFDict));
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict));
  return out;
}

/** The printed page's text area as Chromium's named destinations measure it (PDF points, upwards). */
export interface TextArea {
  top: number;
  bottom: number;
}

/** Id of the zero-height marker before a figure. */
export const markerId = (figureId: string) => `pm-${figureId}`;

/**
 * Prepares the print route for measuring: a zero-height marker before every figure of a chapter body and
 * hidden links to each marker and figure (so Chromium records both positions). The markers have no
 * height, padding or border, so margins collapse through them and the layout is unchanged.
 */
export async function addLayoutMarkers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const links = document.createElement('div');
    links.hidden = true;
    links.className = 'print-measure';
    for (const fig of document.querySelectorAll<HTMLElement>('.print-chapter .prose > figure.figure[id]')) {
      const marker = document.createElement('div');
      marker.className = 'print-marker';
      marker.id = `pm-${fig.id}`;
      // A heading keeps with the figure under it (break-after: avoid), so the text before the heading is
      // where the page's text ends when both move on: the marker goes there.
      const prev = fig.previousElementSibling;
      (prev && /^H[2-6]$/.test(prev.tagName) ? prev : fig).before(marker);
      for (const id of [marker.id, fig.id]) {
        const a = document.createElement('a');
        a.href = `#${id}`;
        links.append(a);
      }
    }
    // A marker at the end of each chapter tells how far its last page is filled.
    for (const ch of document.querySelectorAll<HTMLElement>('article.print-chapter[id]')) {
      // Placed absolutely at the chapter's foot: it can never start a page of its own.
      const end = document.createElement('div');
      end.className = 'print-end-marker';
      end.id = `pm-end-${ch.id}`;
      ch.append(end);
      for (const id of [end.id, ch.id]) {
        const a = document.createElement('a');
        a.href = `#${id}`;
        links.append(a);
      }
    }
    document.body.append(links);
  });
}

/** A chapter set tighter so that it does not end with a few lines alone on a page. */
export interface ChapterTightening {
  id: string;
  level: number;
  lastPageFill: number;
}

/** Least share of a chapter's last page its text should fill; below it the chapter is set tighter. */
const MIN_LAST_FILL = 0.2;
/** How many steps tighter a chapter may be set (see .print-tight-N in src/styles/print-report.css). */
const MAX_TIGHT = 2;

/**
 * From one printing: every chapter of several pages whose last page holds less than MIN_LAST_FILL of a
 * page, or with a page that holds that little above a figure pushed on to the next page, gets one step
 * tighter line spacing and paragraph spacing (class print-tight-1, -2), so that the few lines come back
 * onto the page before. Returns what changed.
 */
export async function tightenShortEndings(page: Page, dests: ReadonlyMap<string, DestPos>, area: TextArea, skip: ReadonlySet<string> = new Set()): Promise<ChapterTightening[]> {
  const short: ChapterTightening[] = [];
  for (const [name, start] of dests) {
    const end = dests.get(`pm-end-${name}`);
    if (!end || end.page <= start.page || skip.has(name)) continue;
    const fill = (area.top - end.y) / (area.top - area.bottom);
    if (fill < MIN_LAST_FILL) short.push({ id: name, level: 0, lastPageFill: fill });
  }
  // A figure that went on to the next page and left a page under MIN_LAST_FILL filled, with no text of
  // its section after it to move, is helped the same way: its chapter set tighter pulls the few lines
  // above it back onto the page before.
  const chapters = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('.print-chapter figure.figure[id]')].map((f) => [f.id, f.closest('article')?.id ?? ''])),
  );
  for (const [name, fig] of dests) {
    const marker = dests.get(markerId(name));
    const chapter = chapters[name];
    if (!marker || !chapter || skip.has(chapter) || short.some((s) => s.id === chapter) || fig.page !== marker.page + 1) continue;
    const fill = (area.top - marker.y) / (area.top - area.bottom);
    if (fill < MIN_LAST_FILL) short.push({ id: chapter, level: 0, lastPageFill: fill });
  }
  if (short.length === 0) return [];
  const levels = await page.evaluate(
    ({ ids, max }) =>
      ids.map((id) => {
        const ch = document.getElementById(id);
        const now = Number(ch?.dataset.tight ?? 0);
        if (!ch || now >= max) return 0;
        ch.classList.remove(`print-tight-${now}`);
        ch.classList.add(`print-tight-${now + 1}`);
        ch.dataset.tight = String(now + 1);
        return now + 1;
      }),
    { ids: short.map((s) => s.id), max: MAX_TIGHT },
  );
  return short.map((s, i) => ({ ...s, level: levels[i]! })).filter((s) => s.level > 0);
}

/** A figure moved to let text fill a page, for the printer's log. */
export interface FigureMove {
  id: string;
  page: number;
  gapPt: number;
  paragraphs: number;
  chapter: string;
}

/** Smallest empty space at a page's foot (as a share of the text area) worth filling by moving a figure. */
const MIN_GAP = 0.15;

/**
 * From one printing: every figure that starts a page although the page before ends in an empty space of
 * at least MIN_GAP of the text area, while text of its own section follows it. Each is moved after as
 * many following paragraphs (or lists) as fill that space, measured at print width in the page itself,
 * never past a heading, another figure or the end of the chapter. A chart followed directly by a table
 * (which can break between rows) is moved after that table when the table's title, header and first
 * three rows (a table of six rows or fewer: the whole table, which print.css keeps whole) fit the space:
 * the table then starts on the page the chart left. Returns what moved (`paragraphs` 0 for a table).
 */
export async function moveStrandedFigures(page: Page, dests: ReadonlyMap<string, DestPos>, area: TextArea, moved: Map<string, number>): Promise<FigureMove[]> {
  const stranded: { id: string; page: number; gapPt: number }[] = [];
  for (const [name, fig] of dests) {
    const marker = dests.get(markerId(name));
    if (!marker || (moved.get(name) ?? 0) >= 3) continue;
    // The figure (with the heading over it, if any) went on to the next page and the text before it
    // ended on this one, above an empty foot.
    const gapPt = marker.y - area.bottom;
    if (fig.page === marker.page + 1 && gapPt >= MIN_GAP * (area.top - area.bottom)) stranded.push({ id: name, page: marker.page, gapPt });
  }
  if (stranded.length === 0) return [];
  const done = await page.evaluate((list) => {
    const out: { id: string; paragraphs: number; chapter: string }[] = [];
    const PT = 0.75; // CSS px -> pt
    for (const s of list) {
      const fig = document.getElementById(s.id);
      const marker = document.getElementById(`pm-${s.id}`);
      if (!fig || !marker) continue;
      let last: Element | null = null;
      let filled = 0;
      let n = 0;
      for (let next = fig.nextElementSibling; next && /^(P|UL|OL|BLOCKQUOTE)$/.test(next.tagName); next = next.nextElementSibling) {
        last = next;
        n += 1;
        const style = getComputedStyle(next);
        filled += (next.getBoundingClientRect().height + parseFloat(style.marginTop)) * PT;
        if (filled >= s.gapPt * 0.9) break;
      }
      if (!last && fig.classList.contains('figure-chart')) {
        // The next element of the section, past the zero-height marker of the figure after it.
        let table = fig.nextElementSibling;
        if (table?.classList.contains('print-marker')) table = table.nextElementSibling;
        if (table?.matches('figure.figure-table')) {
          const rows = [...table.querySelectorAll('tbody > tr')];
          const top = table.getBoundingClientRect().top;
          const upTo = rows.length <= 6 ? table.getBoundingClientRect().bottom : (rows[2]?.getBoundingClientRect().bottom ?? table.getBoundingClientRect().bottom);
          const need = (upTo - top + parseFloat(getComputedStyle(table).marginTop)) * PT;
          if (need <= s.gapPt * 0.95) last = table;
        }
      }
      if (!last) continue;
      last.after(marker, fig);
      out.push({ id: s.id, paragraphs: n, chapter: fig.closest('article')?.id ?? '' });
    }
    return out;
  }, stranded);
  for (const d of done) moved.set(d.id, (moved.get(d.id) ?? 0) + 1);
  return done.map((d) => ({ ...d, page: stranded.find((s) => s.id === d.id)!.page, gapPt: stranded.find((s) => s.id === d.id)!.gapPt }));
}

/**
 * Lets the contents fit their page: when they run over by a little (up to a fifth), their type and spacing
 * shrink in 2 % steps until they fit, to 80 % at the least. Measured at print width with print styles.
 * Returns the scale used (1 when they fit as they are or cannot be made to).
 */
export async function fitContents(page: Page, areaHeightPx: number): Promise<number> {
  return page.evaluate(
    ({ areaHeightPx }) => {
      const toc = document.querySelector<HTMLElement>('.print-toc');
      if (!toc) return 1;
      const base = 10.5;
      const over = toc.getBoundingClientRect().height / areaHeightPx;
      if (over <= 1 || over > 1.25) return 1;
      let scale = 1;
      while (scale > 0.8 && toc.getBoundingClientRect().height > areaHeightPx - 4) {
        scale -= 0.02;
        toc.style.setProperty('--toc-size', `${(base * scale).toFixed(2)}pt`);
      }
      return scale;
    },
    { areaHeightPx },
  );
}

/**
 * Scales the summary page (`.print-summary`, one page by design) down, to 85 % at most, when an edition's
 * summary would run a few lines onto a second page (a long stale-series note, a further panel). The
 * printed summary runs a little longer than it measures here (a summary measured at 959 of 963 px printed
 * its last line on a second page), so it must fit 97 % of the page as measured.
 * Returns the scale applied (1 when it fits as set, or when it overflows by more than a quarter).
 */
export async function fitSummary(page: Page, areaHeightPx: number): Promise<number> {
  return page.evaluate(
    ({ areaHeightPx }) => {
      const el = document.querySelector<HTMLElement>('.print-summary');
      if (!el) return 1;
      const room = areaHeightPx * 0.97;
      const over = el.getBoundingClientRect().height / room;
      if (over <= 1 || over > 1.25) return 1;
      let scale = 1;
      while (scale > 0.85 && el.getBoundingClientRect().height > room) {
        scale -= 0.02;
        el.style.setProperty('zoom', scale.toFixed(2));
      }
      return scale;
    },
    { areaHeightPx },
  );
}
