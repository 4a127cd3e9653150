import type { OutlineItem } from './pdf-outline';

/** A contents entry as the print route lists it: its level and its heading's whole text. */
export interface TocHeading {
  /** 1 for a chapter, 2 for a section. */
  level: number;
  heading: string;
}

/**
 * Text as compared: without white space and case, since the outline takes a heading's text as laid out
 * (line breaks dropped, CSS text-transform applied).
 */
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The page of each contents entry (1-based), found in the PDF's outline: entries are matched in order to
 * the next bookmark of the same level and text. Chromium builds the outline from the very headings it laid
 * out, so its pages are where the headings are. A heading missing from the outline is an error that names
 * it, never a guessed number.
 */
export function tocPages(entries: readonly TocHeading[], outline: readonly OutlineItem[]): number[] {
  let at = 0;
  return entries.map((e) => {
    const want = squash(e.heading);
    // Chromium now and then writes a heading's text twice into its bookmark (when the heading's box is
    // laid out in two fragments); that is still the same heading.
    const same = (title: string) => {
      const t = squash(title);
      return t === want || t === want + want;
    };
    while (at < outline.length && !(outline[at]!.level === e.level && same(outline[at]!.title))) at += 1;
    const hit = outline[at];
    if (!hit)
      throw new Error(
        `Contents entry "${e.heading}" (level ${e.level}) is not in the PDF outline, in order; the outline has: ${outline.map((o) => `${o.level}:${o.title}`).join(' | ')}`,
      );
    if (hit.page === null) throw new Error(`The PDF outline entry "${hit.title}" has no page`);
    at += 1;
    return hit.page;
  });
}
