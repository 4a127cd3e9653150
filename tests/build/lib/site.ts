import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One built HTML page: its site path (`/zh/macro/`), and its parsed elements. */
export interface Page {
  url: string;
  file: string;
  html: string;
  elements: Element[];
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
export { attr };

function walk(n: Node, out: Element[]): void {
  if ('tagName' in n) out.push(n);
  const kids = 'childNodes' in n ? n.childNodes : [];
  for (const c of kids) walk(c as Node, out);
  if ('content' in n && n.content) walk(n.content as unknown as Node, out);
}

/** Text content of an element. */
export function textOf(e: Node): string {
  if ('value' in e && e.nodeName === '#text') return e.value;
  return ('childNodes' in e ? e.childNodes : []).map((c) => textOf(c as Node)).join('');
}

/** Every HTML page under `dir` (a built site), parsed. */
export function sitePages(dir: string): Page[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.sort().map((f) => {
    const html = readFileSync(path.join(dir, f), 'utf8');
    const elements: Element[] = [];
    walk(parse(html) as unknown as Node, elements);
    const url = `/${f.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
    return { url, file: f, html, elements };
  });
}

/**
 * Internal links of a built site that do not resolve: a path with no page or file behind it, or a
 * `#anchor` with no element of that id on the target page. Returns "page -> href (why)" lines.
 */
export function brokenLinks(dir: string, pages: Page[] = sitePages(dir), opts: { skipSearch?: boolean } = {}): string[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const files = new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `/${f.replace(/\\/g, '/')}`));
  const ids = (p: Page) => new Set(p.elements.map((e) => attr(e, 'id')).filter(Boolean));
  const out: string[] = [];
  for (const p of pages) {
    for (const e of p.elements) {
      const href = e.tagName === 'a' || e.tagName === 'link' ? attr(e, 'href') : attr(e, 'src');
      if (!href || /^(https?:|mailto:|data:)/.test(href)) continue;
      // A build without the search step (astro alone) has no /pagefind/ bundle.
      if (opts.skipSearch && href.startsWith('/pagefind/')) continue;
      const [rawPath = '', anchor] = href.split('#');
      const target = rawPath === '' ? p.url : new URL(rawPath, `http://site${p.url}`).pathname;
      const page = byUrl.get(target);
      if (!page && !files.has(target)) {
        out.push(`${p.url} -> ${href} (no such page or file)`);
        continue;
      }
      if (anchor && page && !ids(page).has(anchor)) out.push(`${p.url} -> ${href} (no element with id "${anchor}")`);
    }
  }
  return out;
}
