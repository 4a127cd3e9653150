/**
 * The search page: Pagefind (built by `pagefind --site dist`, served from /pagefind/) finds candidate
 * pages in the page's language, search-rank.ts ranks them by whole words, and the results list each page
 * with an excerpt around its first whole occurrence. The query is in the address (?q=), so a search can be
 * linked and the form works as a plain GET form; the result count is announced to screen readers.
 */
import { excerptHtml, queryTerms, rankCandidates, type Candidate } from './search-rank';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string>; sub_results?: { title: string }[] }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
  options: (o: object) => Promise<void>;
}

const root = document.querySelector<HTMLElement>('.search');
if (root) {
  const lang = root.dataset.lang ?? '';
  const text = JSON.parse(root.dataset.text ?? '{}') as Record<'count' | 'none' | 'loading', string>;
  // A derived language's synonyms come with the page (converted at build time); a written language's are in search-rank.ts.
  const synonyms = root.dataset.synonyms ? (JSON.parse(root.dataset.synonyms) as Record<string, string>) : undefined;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  // A variable address: the bundle is built after the site, so the bundler must leave this import alone.
  const bundle = '/pagefind/pagefind.js';
  const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ bundle).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 20 });
    return pf;
  });
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    const terms = queryTerms(query, lang, synonyms);
    if (terms.length === 0) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = text.loading;
    const pf = await pagefind;
    // The query as typed, and once more with each term's synonym (the report's own word) in its place.
    const asked = [...new Set([query, terms.map((t) => t.alternatives[t.alternatives.length - 1]).join(' ')])];
    const found = new Map<string, PagefindResult>();
    for (const q of asked) {
      for (const r of (await pf.search(q)).results) if (!found.has(r.id) || found.get(r.id)!.score < r.score) found.set(r.id, r);
    }
    const candidates: Candidate[] = await Promise.all(
      [...found.values()].map(async (r) => {
        const d = await r.data();
        return { url: d.url, title: d.meta.title ?? d.url, headings: (d.sub_results ?? []).map((s) => s.title), content: d.content, score: r.score };
      }),
    );
    if (ticket !== latest) return;
    const ranked = rankCandidates(candidates, terms);
    list.replaceChildren(
      ...ranked.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.className = 'search-result-link';
        a.textContent = r.title;
        const p = document.createElement('p');
        p.className = 'search-excerpt';
        p.innerHTML = excerptHtml(r.content, terms);
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = ranked.length ? text.count.replace('{n}', String(ranked.length)) : text.none.replace('{q}', query);
  };

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void run(input.value);
    }, 200);
  });
  root.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void run(q);
  }
}
