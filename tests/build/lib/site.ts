import { createHash } from 'node:crypto';
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

/** Elements that make the browser fetch what their URL attributes point at (a `<link>` other than rel=alternate/canonical, too). */
const RESOURCE_ATTRS: Readonly<Record<string, readonly string[]>> = {
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

/**
 * URLs in a built site that a host or reader should never see: any `http://` link (insecure), and any
 * resource (script, style, image, font, frame …) from another origin — or protocol-relative — since
 * everything a page needs is in dist/. Links (`<a>`) to official sources over https are fine.
 * Returns "page: <tag attr="url">" lines; CSS files are checked for `url(…)`/`@import` of other origins.
 */
export function foreignResources(dir: string, pages: Page[] = sitePages(dir)): string[] {
  const out: string[] = [];
  const absolute = /^(https?:)?\/\//i;
  for (const p of pages) {
    for (const e of p.elements) {
      const names = e.tagName === 'a' ? ['href'] : (RESOURCE_ATTRS[e.tagName] ?? []);
      const rel = attr(e, 'rel') ?? '';
      for (const n of names) {
        const v = attr(e, n)?.trim();
        if (!v) continue;
        const urls = n === 'srcset' ? v.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [v];
        for (const u of urls) {
          if (/^http:\/\//i.test(u)) out.push(`${p.url}: <${e.tagName} ${n}="${u}"> (insecure http)`);
          else if (e.tagName !== 'a' && absolute.test(u) && !(e.tagName === 'link' && /\b(alternate|canonical)\b/.test(rel)))
            out.push(`${p.url}: <${e.tagName} ${n}="${u}"> (resource from another origin)`);
        }
      }
    }
  }
  const css = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
  for (const f of css) {
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi))
      out.push(`/${f}: ${m[1]} (resource from another origin)`);
  }
  return out;
}

/** "sha256  path" for every file under `dir`, sorted by path (like `sha256sum` over a sorted file list). */
export function treeHashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).replace(/\\/g, '/'))
    .sort();
  return new Map(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** The first path, in sorted order, whose content differs between two hash lists or that only one has; null if none. */
export function firstDifference(a: Map<string, string>, b: Map<string, string>): { file: string; why: string } | null {
  const all = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const f of all) {
    if (!a.has(f)) return { file: f, why: 'only in the second build' };
    if (!b.has(f)) return { file: f, why: 'only in the first build' };
    if (a.get(f) !== b.get(f)) return { file: f, why: 'contents differ' };
  }
  return null;
}
