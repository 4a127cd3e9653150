import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { structureBlocks, textLines, type Block } from './pdf-structure';

/** The printed page's margins (src/styles/print-report.css: `@page { margin: 22mm 18mm 20mm }`), in points. */
const TOP_PT = (22 * 72) / 25.4;
const BOTTOM_PT = (20 * 72) / 25.4;
/** Empty space at a page's foot above which the page counts as left blank there (share of the text area). */
const MAX_GAP = 0.25;

const squash = (s: string) => s.replace(/\s+/g, '');
const first = (b: Block) => b.pages[0]!;
const last = (b: Block) => b.pages.at(-1)!;
const name = (b: Block) => (b.alt ? `"${b.alt.slice(0, 40)}"` : b.type);

/**
 * Every page-break rule the printed report breaks, read from the PDF alone (its structure tree for what
 * is on which page, poppler's text positions for where a page's text ends), as readable sentences:
 * - a table that splits keeps its title, header and at least three rows on its first page and at
 *   least two rows on its last;
 * - a chart and its title, caption and source are on one page;
 * - a heading is on the same page as the block that follows it;
 * - a figure that starts a new page while the page before ends in more than a quarter of a page left
 *   empty is one that no paragraph of its own section follows (otherwise that text should fill the page);
 */
export async function pageBreakProblems(file: string): Promise<string[]> {
  const blocks = structureBlocks(await PDFDocument.load(readFileSync(file), { updateMetadata: false }));
  const { lines, pageHeight } = textLines(file);
  const areaBottom = pageHeight - BOTTOM_PT;
  const areaHeight = areaBottom - TOP_PT;
  /** Where the text of a page's text area ends (points from the top), or the area's top when it has none. */
  const textBottom = (page: number) => Math.max(TOP_PT, ...lines.filter((l) => l.page === page && l.yMin > TOP_PT - 2 && l.yMax < areaBottom + 2).map((l) => l.yMax));
  // A figure starts where its label line ("图4-2 …", "圖4-2 …", "Figure 4.2 …") is printed: Chromium may also tag
  // an empty fragment of the title on the page before, where nothing of the figure is drawn.
  for (const b of blocks) {
    const label = /^(?:(?:Figure|Table) \d+\.\d+|(?:图|圖|表) ?\d+-\d+)/.exec(b.alt)?.[0];
    if (b.type !== 'Figure' || !label) continue;
    const want = squash(label);
    const at = lines.find((l) => b.pages.includes(l.page) && squash(l.text).startsWith(want))?.page;
    if (at !== undefined) {
      b.pages = b.pages.filter((p) => p >= at);
      if (b.captionPages) b.captionPages = [at];
    }
  }
  const problems: string[] = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (/^H[2-4]$/.test(b.type) && next && first(next) !== last(b)) {
      problems.push(`p. ${last(b)}: a ${b.type} heading ends the page; what follows it starts on p. ${first(next)}`);
    }
    if (b.type === 'Table' && b.rows && b.rows.length > 0) {
      // A table of the prose, without a figure's title.
      const rowPage = b.rows.map((r) => r[0]!);
      const start = rowPage[0]!;
      const end = rowPage.at(-1)!;
      const onFirst = rowPage.filter((p) => p === start).length;
      const onLast = rowPage.filter((p) => p === end).length;
      if (end !== start && onFirst < 3) problems.push(`p. ${start}: a table leaves its header with ${onFirst} row(s) at the page foot`);
      if (end !== start && onLast < 2) problems.push(`p. ${end}: a table leaves ${onLast} row alone at the top of the page`);
      return;
    }
    if (b.type !== 'Figure' || !b.captionPages) return;
    if (b.rows && b.rows.length > 0) {
      const rowPage = b.rows.map((r) => r[0]!);
      const start = rowPage[0]!;
      const end = rowPage.at(-1)!;
      if (b.captionPages[0] !== start) problems.push(`p. ${b.captionPages[0]}: table ${name(b)} has its title on p. ${b.captionPages[0]} but its first row on p. ${start}`);
      if (end !== start) {
        const onFirst = rowPage.filter((p) => p === start).length;
        const onLast = rowPage.filter((p) => p === end).length;
        if (onFirst < 3) problems.push(`p. ${start}: table ${name(b)} leaves its title and header with ${onFirst} row(s) at the page foot`);
        if (onLast < 2) problems.push(`p. ${end}: table ${name(b)} leaves ${onLast} row alone at the top of the page`);
      }
    } else if (b.pages.length > 1) {
      problems.push(`pp. ${b.pages.join(', ')}: chart ${name(b)} is split across pages`);
    }
    const prev = blocks[i - 1];
    if (!prev || first(b) <= last(prev)) return;
    const gap = areaBottom - textBottom(last(prev));
    if (gap > MAX_GAP * areaHeight && next && (next.type === 'P' || next.type === 'L') && first(next) >= first(b)) {
      problems.push(`p. ${last(prev)}: ${Math.round(gap)} pt left empty at the foot before ${name(b)} on p. ${first(b)}, although a paragraph of its section follows the figure`);
    }
  });
  return problems;
}
