/**
 * Pure helpers of the search page (search.ts): Pagefind finds the candidate pages; these rank them by
 * whole words. Pagefind splits a Chinese query into single characters in the browser (its word segmenter
 * has no finance vocabulary: 市盈率 becomes 市 盈 率), and its English stemmer lets "Sharpe" match
 * "sharply"; ranked by its score alone, a page with 率 and 市 far apart can come before the page about
 * 市盈率. Here a query term counts on a page only where it occurs whole: a Chinese term as the same run
 * of characters, a Latin word between word boundaries (a plural -s or -es allowed). Pages with more terms
 * whole come first, then more and earlier occurrences, titles counting most; Pagefind's score breaks ties.
 */

/**
 * Other names readers type for a term the report uses, per written language code (lower case): the report's
 * own word. A derived language's table is its source's, converted at build time (src/lib/site/search-synonyms.ts)
 * and handed to the page's script; a language without either searches without synonyms.
 */
export const SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh: {
    日银: '日本央行',
    日銀: '日本央行',
    boj: '日本央行',
    日本银行: '日本央行',
    sharpe: '夏普比率',
    夏普: '夏普比率',
    sortino: '索提诺比率',
    pe: '市盈率',
    'p/e': '市盈率',
    円: '日元',
    jpy: '日元',
    yen: '日元',
    nikkei: '日经225',
    etf: 'ETF',
    cpi: 'CPI',
    gdp: 'GDP',
    var: 'VaR',
    cvar: 'CVaR',
    沪深300指数: '沪深300',
    csi300: '沪深300',
    csi: '沪深300',
  },
  en: {
    boj: 'Bank of Japan',
    日本央行: 'Bank of Japan',
    'p/e': 'price-earnings',
    pe: 'price-earnings',
    jpy: 'yen',
    csi300: 'CSI 300',
    夏普比率: 'Sharpe',
  },
};

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** One query term: what the reader typed, and the report's word for it when that differs. */
export interface QueryTerm {
  text: string;
  alternatives: string[];
}

/**
 * The query's terms: the query itself when it is a known synonym ("P/E", "BOJ"), else its words split on
 * spaces and punctuation, each with its synonym, and for several words the whole query as one more term.
 */
export function queryTerms(query: string, lang: string, synonyms?: Readonly<Record<string, string>>): QueryTerm[] {
  const q = query.normalize('NFKC').trim();
  if (!q) return [];
  const syn = synonyms ?? SYNONYMS[lang] ?? {};
  const whole = syn[q.toLowerCase()];
  if (whole) return [{ text: q, alternatives: [q, whole] }];
  const words = q
    .split(/[\s,，、;；。.!?！？:：()（）"“”'‘’]+/u)
    .filter((t) => t !== '' && !STOPWORDS.has(t.toLowerCase()))
    .map((t) => {
      const s = syn[t.toLowerCase()];
      return { text: t, alternatives: s && s !== t ? [t, s] : [t] };
    });
  // Several words: the whole query is a term too, so a page with the words together ("Bank of Japan") comes first.
  return words.length > 1 || (words.length === 1 && words[0]!.text !== q) ? [{ text: q, alternatives: [q] }, ...words] : words;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern finding `word` whole in text, case-insensitive: a CJK run as it is; a Latin word with no Latin
 * letter right before or after it (a plural -s/-es allowed), so "Sharpe" never matches "sharply" while
 * "ETF" still matches in "日经225ETF基金".
 */
export function wholeWordPattern(word: string): RegExp {
  if (CJK.test(word)) return new RegExp(escapeRe(word), 'g');
  const w = escapeRe(word).replace(/\\ |\s+/g, '\\s+');
  return new RegExp(`(?<!\\p{Script=Latin})${w}(?:e?s)?(?!\\p{Script=Latin})`, 'giu');
}

/** English words too common to say what a page is about: they count only inside the whole query. */
const STOPWORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Offsets of every whole occurrence of any of a term's alternatives in `text`, in order. */
export function wholeHits(text: string, term: QueryTerm): { at: number; length: number }[] {
  const hits: { at: number; length: number }[] = [];
  for (const alt of term.alternatives) {
    for (const m of text.matchAll(wholeWordPattern(alt))) hits.push({ at: m.index ?? 0, length: m[0].length });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** A candidate page as Pagefind returns it: address, title, section headings, full text and Pagefind's own score. */
export interface Candidate {
  url: string;
  title: string;
  headings: readonly string[];
  content: string;
  score: number;
}

/** A page ranked: the terms it has whole, and a score from their counts, places and the title. */
export interface Ranked extends Candidate {
  termsWhole: number;
  wordScore: number;
}

/**
 * Ranks candidates: more query terms present whole first; then a word score (per term: 8 for the title,
 * 3 for a section heading, 2 × log2(1 + occurrences) in the text, 2 when it is in the page's opening
 * lines (a chapter's summary says what it is about), and up to 1 more the nearer the first occurrence is
 * to the top);
 * then Pagefind's score. Candidates with no term whole stay, after the others (they matched characters only).
 */
export function rankCandidates(candidates: readonly Candidate[], terms: readonly QueryTerm[]): Ranked[] {
  const ranked = candidates.map((c) => {
    let termsWhole = 0;
    let wordScore = 0;
    for (const t of terms) {
      const inTitle = wholeHits(c.title, t).length > 0;
      const inHeading = c.headings.some((h) => wholeHits(h, t).length > 0);
      const hits = wholeHits(c.content, t);
      if (inTitle || hits.length > 0) termsWhole += 1;
      const firstAt = hits.length ? hits[0]!.at / Math.max(1, c.content.length) : 1;
      wordScore += (inTitle ? 8 : 0) + (inHeading ? 3 : 0) + 2 * Math.log2(1 + hits.length) + (firstAt < 0.05 ? 2 : 0) + (1 - firstAt);
    }
    return { ...c, termsWhole, wordScore };
  });
  return ranked.sort((a, b) => b.termsWhole - a.termsWhole || b.wordScore - a.wordScore || b.score - a.score || a.url.localeCompare(b.url));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An excerpt around the first whole occurrence of the first term that occurs (or the start of the text), about `chars`
 * characters long, cut at spaces where the text has them, HTML-escaped, each whole occurrence in `<mark>`.
 */
export function excerptHtml(content: string, terms: readonly QueryTerm[], chars = 110): string {
  const all = terms.flatMap((t) => wholeHits(content, t)).sort((a, b) => a.at - b.at);
  // Centred on the first occurrence of the first term found (the whole query before its single words).
  const first = terms.map((t) => wholeHits(content, t)[0]).find((h) => h !== undefined);
  let start = first ? Math.max(0, first.at - Math.floor(chars / 3)) : 0;
  let end = Math.min(content.length, start + chars);
  if (start > 0) {
    const space = content.indexOf(' ', start);
    if (space !== -1 && space < (first?.at ?? start + 12) && space - start < 12) start = space + 1;
  }
  if (end < content.length) {
    const space = content.lastIndexOf(' ', end);
    if (space > start + chars / 2) end = space;
  }
  const marks = all.filter((h) => h.at >= start && h.at + h.length <= end);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const h of marks) {
    if (h.at < at) continue;
    out += `${escapeHtml(content.slice(at, h.at))}<mark>${escapeHtml(content.slice(h.at, h.at + h.length))}</mark>`;
    at = h.at + h.length;
  }
  return out + escapeHtml(content.slice(at, end)) + (end < content.length ? '…' : '');
}
