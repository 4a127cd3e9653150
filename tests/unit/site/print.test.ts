import { describe, expect, it } from 'vitest';
import { chapterAnchor, cssString, fitChapterHtml, isPrintPath, printHref, runningHeadCss } from '../../../src/lib/site/print';

describe('print route helpers', () => {
  it('recognise the print route and nothing else', () => {
    expect(printHref('zh')).toBe('/zh/print/');
    expect(isPrintPath('/zh/print/')).toBe(true);
    expect(isPrintPath('/en/print/index.html')).toBe(true);
    expect(isPrintPath('/zh/statistics/')).toBe(false);
    expect(isPrintPath('/zh/print/statistics/')).toBe(false);
    expect(isPrintPath('/fr/print/')).toBe(false);
  });

  it('write CSS strings that survive quotes, backslashes and line breaks', () => {
    expect(cssString('a "b" \\c\nd')).toBe('"a \\"b\\" \\\\c d"');
  });

  it('give each chapter a named page whose top-left margin box holds its running header', () => {
    const css = runningHeadCss([
      { slug: 'statistics', text: '第 3 章　统计分析' },
      { slug: 'macro', text: 'Chapter 4 "Macro"' },
    ]);
    expect(css).toContain(`#${chapterAnchor('statistics')} { page: chapter-statistics; }`);
    expect(css).toContain('@page chapter-statistics { @top-left { content: "第 3 章　统计分析"; } }');
    expect(css).toContain('@page chapter-macro { @top-left { content: "Chapter 4 \\"Macro\\""; } }');
  });

  it('refuse a slug that cannot name a CSS page', () => {
    expect(() => runningHeadCss([{ slug: 'a b', text: 'x' }])).toThrow(/cannot name a CSS page/);
  });
});

describe('fitChapterHtml(slug, html)', () => {
  it('moves headings down a level, prefixes their ids with the chapter and follows links to them', () => {
    const { html, headingIds } = fitChapterHtml(
      'macro',
      '<h2 id="rates">Rates</h2><p><a href="#rates">up</a> <a href="#macro-fx">fig</a></p><h3 id="boj" class="x">BoJ</h3><figure id="macro-fx"></figure>',
    );
    expect(html).toBe(
      '<h3 id="macro--rates">Rates</h3><p><a href="#macro--rates">up</a> <a href="#macro-fx">fig</a></p><h4 id="macro--boj" class="x">BoJ</h4><figure id="macro-fx"></figure>',
    );
    expect([...headingIds]).toEqual(['rates', 'boj']);
  });
});
