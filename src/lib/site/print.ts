import { LOCALES, type Locale } from '../i18n/locales';

/**
 * The print route: the whole report of one language on one page (`/zh/print/`), which `npm run pdf`
 * prints with headless Chromium. These helpers name its anchors and generate its per-chapter page rules.
 */

/** Site-relative URL of a language's print route. */
export function printHref(locale: Locale): string {
  return `/${locale}/print/`;
}

/** A print route's path, in any language of the report. */
const PRINT_PATH = new RegExp(`^/(${LOCALES.join('|')})/print/?(index\\.html)?$`);

/** True when a page URL path is a print route, where cross-references point inside the document. */
export function isPrintPath(pathname: string): boolean {
  return PRINT_PATH.test(pathname);
}

/** The in-document anchor of a chapter on the print route (`chapter-statistics`). */
export function chapterAnchor(slug: string): string {
  return `chapter-${slug}`;
}

/** The id of a chapter's heading on the print route: its own id, with the chapter's slug in front. */
export function printHeadingId(slug: string, id: string): string {
  return `${slug}--${id}`;
}

/** A CSS string literal for `content:`; quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** What one chapter's pages carry in their top margin. */
export interface RunningHead {
  slug: string;
  /** Text of the running header, e.g. "第 3 章　统计分析". */
  text: string;
}

/**
 * CSS that gives each chapter its own named page (`page: chapter-<slug>`) whose top-left margin box holds
 * that chapter's running header. Chromium has no `string-set`, and Playwright's headerTemplate is the
 * same on every page, but it does lay out CSS page-margin boxes on named pages (Chrome 131+): so the
 * header is part of the page Chromium prints, numbering stays continuous, and a change of named page
 * also starts each chapter on a new page.
 */
export function runningHeadCss(heads: readonly RunningHead[]): string {
  return heads
    .map(({ slug, text }) => {
      if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`Chapter slug "${slug}" cannot name a CSS page`);
      const name = chapterAnchor(slug);
      return `#${name} { page: ${name}; }\n@page ${name} { @top-left { content: ${cssString(text)}; } }`;
    })
    .join('\n');
}

/**
 * One chapter's rendered body, fitted into the whole printed report: every heading moves down a level
 * (h2 -> h3 ..., since the chapter title is the h2 there), heading ids get the chapter's slug in front so
 * two chapters with a section of the same title keep distinct anchors, and links to those headings
 * follow. Returns the HTML and the (original) ids of the headings it really contains: a section inside a
 * passage this edition hides is not there, and the contents must not list it.
 */
export function fitChapterHtml(slug: string, html: string): { html: string; headingIds: Set<string> } {
  const headingIds = new Set<string>();
  const out = html
    .replace(/<(\/?)h([2-5])(\s[^>]*)?>/g, (_m, close: string, level: string, attrs: string | undefined) => {
      const moved = (attrs ?? '').replace(/\sid="([^"]+)"/, (_a: string, id: string) => {
        headingIds.add(id);
        return ` id="${printHeadingId(slug, id)}"`;
      });
      return `<${close}h${Number(level) + 1}${moved}>`;
    })
    .replace(/href="#([^"]+)"/g, (m, id: string) => (headingIds.has(id) ? `href="#${printHeadingId(slug, id)}"` : m));
  return { html: out, headingIds };
}
