import { describe, expect, it } from 'vitest';
import { tocPages } from '../../../scripts/lib/pdf-toc';

const outline = [
  { title: '目录', level: 1, page: 2 },
  { title: 'CHAPTER 1\u00a0Overview', level: 1, page: 3 },
  { title: 'Summary', level: 2, page: 3 },
  { title: 'Detail', level: 3, page: 4 },
  { title: 'Chapter 2\u00a0Statistics', level: 1, page: 5 },
  { title: 'Summary', level: 2, page: 7 },
];

describe('tocPages(entries, outline)', () => {
  it("takes each entry's page from the next bookmark of the same level and text, ignoring case and spaces", () => {
    const entries = [
      { level: 1, heading: 'Chapter 1 Overview' },
      { level: 2, heading: 'Summary' },
      { level: 1, heading: 'Chapter 2 Statistics' },
      { level: 2, heading: 'Summary' },
    ];
    expect(tocPages(entries, outline)).toEqual([3, 3, 5, 7]);
  });

  it('names an entry the outline lacks instead of guessing', () => {
    expect(() => tocPages([{ level: 1, heading: 'Chapter 9 Outlook' }], outline)).toThrow(/"Chapter 9 Outlook" \(level 1\) is not in the PDF outline/);
    // Order matters: a section cannot be found before its chapter's bookmark.
    expect(() =>
      tocPages(
        [
          { level: 1, heading: 'Chapter 2 Statistics' },
          { level: 1, heading: 'Chapter 1 Overview' },
        ],
        outline,
      ),
    ).toThrow(/Chapter 1 Overview/);
  });
});
