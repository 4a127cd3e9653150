import { describe, expect, it } from 'vitest';
import { excerptHtml, queryTerms, rankCandidates, wholeHits, wholeWordPattern, type Candidate } from '../../../src/scripts/search-rank';

const page = (url: string, content: string, title = url, headings: string[] = [], score = 1): Candidate => ({ url, title, headings, content, score });

describe('wholeWordPattern(word)', () => {
  it('finds a Latin word whole (plural allowed), never inside a longer word', () => {
    const text = 'The Sharpe ratio rose sharply; two Sharpes; ETF 日经225ETF基金';
    expect(text.match(wholeWordPattern('Sharpe'))).toEqual(['Sharpe', 'Sharpes']);
    expect('The Sharpe ratio rose sharply'.match(wholeWordPattern('sharp'))).toBeNull();
    expect(text.match(wholeWordPattern('ETF'))).toEqual(['ETF', 'ETF']);
  });

  it('finds a Chinese term as the same run of characters only', () => {
    expect('市场的盈利率与市盈率'.match(wholeWordPattern('市盈率'))).toEqual(['市盈率']);
    expect('日本的央行'.match(wholeWordPattern('日本央行'))).toBeNull();
  });
});

describe('queryTerms(query, lang)', () => {
  it("maps the names readers type to the report's own words", () => {
    expect(queryTerms('日銀', 'zh')).toEqual([{ text: '日銀', alternatives: ['日銀', '日本央行'] }]);
    expect(queryTerms('Sharpe', 'zh')[0]!.alternatives).toContain('夏普比率');
    expect(queryTerms('P/E', 'en')[0]!.alternatives).toContain('price-earnings');
  });

  it('keeps several words as a phrase first, without stop words on their own', () => {
    expect(queryTerms('Bank of Japan', 'en').map((t) => t.text)).toEqual(['Bank of Japan', 'Bank', 'Japan']);
    expect(queryTerms('  ', 'en')).toEqual([]);
  });
});

describe('rankCandidates(candidates, terms)', () => {
  it('puts pages with the whole Chinese word before pages with its characters apart, whatever Pagefind scored', () => {
    const ranked = rankCandidates(
      [page('/zh/outlook/', '斜率与波动率；市场；盈亏', '展望', [], 3.1), page('/zh/methodology/', '指数估值水平（市盈率）需要市盈率历史', '研究方法', [], 2.5)],
      queryTerms('市盈率', 'zh'),
    );
    expect(ranked.map((r) => r.url)).toEqual(['/zh/methodology/', '/zh/outlook/']);
    expect(ranked[1]!.termsWhole).toBe(0);
  });

  it('does not rank "sharply" as "Sharpe"', () => {
    const ranked = rankCandidates(
      [page('/en/', 'only to rebound sharply the next day, sharply again', 'Overview', [], 0.9), page('/en/statistics/', 'the Sharpe ratio was 1.24', 'Statistics', [], 0.5)],
      queryTerms('Sharpe', 'en'),
    );
    expect(ranked[0]!.url).toBe('/en/statistics/');
    expect(ranked[1]!.termsWhole).toBe(0);
  });

  it("weighs the title above the text, and Pagefind's score only breaks ties", () => {
    const terms = queryTerms('futures', 'en');
    const ranked = rankCandidates([page('/a/', 'futures futures futures', 'A'), page('/b/', 'futures', 'Futures and funds')], terms);
    expect(ranked[0]!.url).toBe('/b/');
    expect(rankCandidates([page('/a/', 'x futures', 'A', [], 1), page('/b/', 'x futures', 'B', [], 2)], terms)[0]!.url).toBe('/b/');
  });
});

describe('excerptHtml(content, terms)', () => {
  it('centres on the first whole occurrence, marks whole words only and escapes the text', () => {
    const content = `${'前文'.repeat(80)}估值水平（市盈率）<b>与盈利率${'后文'.repeat(80)}`;
    const html = excerptHtml(content, queryTerms('市盈率', 'zh'), 60);
    expect(html).toMatch(/^…/);
    expect(html).toContain('<mark>市盈率</mark>');
    expect(html).toContain('&lt;b&gt;');
    expect(html.match(/<mark>/g)).toHaveLength(1);
  });

  it('finds the phrase before its words', () => {
    const content = `yen ${'filler '.repeat(40)} the yen carry trade unwound`;
    expect(excerptHtml(content, queryTerms('yen carry trade', 'en'), 60)).toContain('<mark>yen carry trade</mark>');
    expect(wholeHits(content, queryTerms('yen carry trade', 'en')[0]!)).toHaveLength(1);
  });
});
