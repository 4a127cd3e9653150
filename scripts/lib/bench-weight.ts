/**
 * Page weight of a built site: for each HTML page, the bytes a reader downloads by kind (HTML, CSS, JS,
 * and the inline SVG inside the HTML), raw and gzip-compressed, and the hover-detail script on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (level 9) sizes in bytes. */
export interface Size {
  raw: number;
  gz: number;
}
/** One page's weight; `js` counts script files and inline scripts; `total` = HTML + CSS + script files (inline SVG and scripts are part of the HTML). */
export interface PageWeight {
  page: string;
  html: Size;
  css: Size;
  js: Size;
  svg: Size;
  hover: Size;
  total: Size;
}

const size = (s: string | Buffer): Size => ({ raw: Buffer.byteLength(s), gz: gzipSync(s, { level: 9 }).length });
const add = (...xs: Size[]): Size => ({ raw: xs.reduce((a, x) => a + x.raw, 0), gz: xs.reduce((a, x) => a + x.gz, 0) });

/** Weights of the page at site path `page` ("/en/statistics/") in a built site folder. */
export function pageWeight(dir: string, page: string): PageWeight {
  const file = path.join(dir, page.endsWith('.html') ? page : path.join(page, 'index.html'));
  const html = readFileSync(file, 'utf8');
  const local = (href: string) => readFileSync(path.join(dir, href.split('?')[0]!));
  const cssFiles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h && h.startsWith('/'));
  const jsFiles = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith('/'));
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const hover = inlineJs.filter((s) => s.includes('data-hover') || s.includes('chart-tip')).join('');
  const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
  const css = add(...cssFiles.map((f) => size(local(f))));
  const jsExternal = add(...jsFiles.map((f) => size(local(f))));
  const h = size(html);
  const js = inlineJs.length ? add(jsExternal, size(inlineJs.join(''))) : jsExternal;
  return { page, html: h, css, js, svg: size(svgs), hover: size(hover), total: add(h, css, jsExternal) };
}

/** Every HTML page of a built site, by site path. */
export function sitePagePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
    .sort();
}
