import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** An attribute's value, or undefined. */
export const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;

export const isElement = (n: Node): n is Element => 'tagName' in n;

/** The children of a node (a `<template>`'s content included). */
export function childrenOf(n: Node): Node[] {
  const kids = 'childNodes' in n ? [...(n.childNodes as Node[])] : [];
  if ('content' in n && n.content) kids.push(n.content as unknown as Node);
  return kids;
}

/** Elements a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'template', 'head']);

/** Elements that break the line: their text is kept apart from their neighbours'. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'br',
  'text',
  'title',
  'option',
]);

/** Text a reader sees in `n`: text nodes outside script, style and head, joined (blocks on their own lines). */
export function visibleText(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(n) && HIDDEN.has(n.tagName)) return '';
  const inner = childrenOf(n).map(visibleText).join('');
  return isElement(n) && BLOCK.has(n.tagName) ? `\n${inner}\n` : inner;
}

/** Every element under `n` in document order. */
export function elementsOf(n: Node, out: Element[] = []): Element[] {
  if (isElement(n)) out.push(n);
  for (const c of childrenOf(n)) elementsOf(c, out);
  return out;
}

/** Parses an HTML document. */
export function parseHtml(html: string): Node {
  return parse(html) as unknown as Node;
}
