/**
 * Checks on one built page of an edition, as a reader sees it: no date after the edition's as-of
 * date, no unresolved marker, no NaN / undefined / Infinity, no empty table or chart, no section
 * heading with nothing under it, no fact shown without a value, and every data-chosen word
 * (`<Pick>`, which writes `data-pick` and `data-value`) agreeing with the fact it was chosen from.
 */
import { datesAfter } from './date-scan';
import { attr, childrenOf, elementsOf, isElement, parseHtml, visibleText, type Element, type Node } from './html-tree';

export type CheckName = 'date-after-as-of' | 'unresolved' | 'not-a-number' | 'empty-table' | 'empty-chart' | 'empty-heading' | 'missing-value' | 'pick-disagrees';

export interface PageProblem {
  check: CheckName;
  /** Site path of the page, e.g. `/en/macro/`. */
  page: string;
  detail: string;
}

/** Attributes whose text a reader meets (screen readers, tooltips). */
const TEXT_ATTRS = ['aria-label', 'alt', 'title'] as const;

/** Up to `n` characters either side of `i` in `s`, on one line, for a problem's detail. */
function around(s: string, i: number, len: number, n = 50): string {
  return s
    .slice(Math.max(0, i - n), i + len + n)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Texts of the page a reader meets: the body's visible text, and the reader-facing attributes. */
export function readerTexts(doc: Node): { where: string; text: string }[] {
  const body = elementsOf(doc).find((e) => e.tagName === 'body');
  if (!body) return [];
  const out = [{ where: 'text', text: visibleText(body) }];
  for (const e of elementsOf(body)) {
    for (const a of TEXT_ATTRS) {
      const v = attr(e, a);
      if (v) out.push({ where: `${e.tagName}[${a}]`, text: v });
    }
  }
  const title = elementsOf(doc).find((e) => e.tagName === 'title');
  if (title) out.push({ where: 'title', text: visibleText(title) });
  return out;
}

/**
 * Years that name a unit, not a time: an index's base year ("2020 = 100", "2020年=100") and the reference
 * year of chained prices ("chained 2015 yen", "2015年链式价格"). They describe the data as published, so
 * an earlier edition may state them. Nothing else is exempt.
 */
export const UNIT_YEARS: readonly RegExp[] = [/\b\d{4}\s*(?:年\s*)?=\s*100\b/g, /\bchained\s+\d{4}\b/gi, /\d{4}\s*年\s*[链鏈]式/g];

function dateProblems(page: string, texts: { where: string; text: string }[], asOf: string): PageProblem[] {
  const out: PageProblem[] = [];
  for (const { where, text: raw } of texts) {
    const text = UNIT_YEARS.reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), raw);
    for (const d of datesAfter(text, asOf)) {
      const i = text.indexOf(d.text);
      out.push({ check: 'date-after-as-of', page, detail: `${where}: "${d.text}" is after ${asOf}: …${around(text, i, d.text.length)}…` });
    }
  }
  return out;
}

function textProblems(page: string, texts: { where: string; text: string }[]): PageProblem[] {
  const out: PageProblem[] = [];
  for (const { where, text } of texts) {
    for (const m of text.matchAll(/⟦unresolved: ([^⟧]*)⟧?/g)) out.push({ check: 'unresolved', page, detail: `${where}: ${m[1]}` });
    // A summary part or a name placeholder left in the text (`[[fact.key: …]]`, `{index}`).
    for (const m of text.matchAll(/\[\[[^\]]*\]\]|\{[A-Za-z][A-Za-z0-9_.]*\}/g)) out.push({ check: 'unresolved', page, detail: `${where}: ${m[0]}` });
    for (const m of text.matchAll(/\b(NaN|undefined|-?Infinity)\b|∞/g)) {
      out.push({ check: 'not-a-number', page, detail: `${where}: "${m[0]}": …${around(text, m.index, m[0].length)}…` });
    }
    // A value slot left empty: a dash standing where a value belongs, right before the sentence ends ("target now —.").
    for (const m of text.matchAll(/\s[—–]\s?[.。]/g)) out.push({ check: 'missing-value', page, detail: `${where}: …${around(text, m.index, m[0].length)}…` });
  }
  return out;
}

function tableProblems(page: string, els: Element[]): PageProblem[] {
  const out: PageProblem[] = [];
  for (const t of els.filter((e) => e.tagName === 'table')) {
    const cells = elementsOf(t).filter((e) => e.tagName === 'td');
    const rows = elementsOf(t).filter((e) => e.tagName === 'tr' && elementsOf(e).some((c) => c.tagName === 'td'));
    const filled = cells.filter((c) => visibleText(c).trim() !== '' && !/^[—–-]$/.test(visibleText(c).trim()));
    const name = attr(t, 'aria-labelledby') ?? attr(t, 'id') ?? 'table';
    if (rows.length === 0) out.push({ check: 'empty-table', page, detail: `${name}: no data rows` });
    else if (filled.length === 0) out.push({ check: 'empty-table', page, detail: `${name}: every cell empty or a dash` });
  }
  for (const f of els.filter((e) => e.tagName === 'figure' && (attr(e, 'class') ?? '').includes('figure-chart'))) {
    const svg = elementsOf(f).filter((e) => e.tagName === 'svg');
    const marks = svg.flatMap((s) => elementsOf(s)).filter((e) => e.tagName === 'path' || e.tagName === 'rect' || e.tagName === 'line');
    if (svg.length === 0 || marks.length === 0) out.push({ check: 'empty-chart', page, detail: `${attr(f, 'id') ?? 'figure'}: a chart with nothing drawn` });
  }
  return out;
}

/** Whether an element carries content a reader reads or sees (not a heading, not whitespace). */
const MEDIA = new Set(['figure', 'table', 'img', 'svg', 'ul', 'ol', 'dl', 'pre', 'blockquote']);

/**
 * Section headings (h2–h6) with nothing under them: the next heading of the same or a higher level (or
 * the end of the article) follows with no text, figure, table or list between.
 */
function headingProblems(page: string, doc: Node): PageProblem[] {
  const article = elementsOf(doc).find((e) => e.tagName === 'article') ?? elementsOf(doc).find((e) => e.tagName === 'main');
  if (!article) return [];
  const out: PageProblem[] = [];
  const open: { level: number; text: string; filled: boolean }[] = [];
  const close = (level: number) => {
    while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= level) {
      const h = open.pop() as { text: string; filled: boolean };
      if (!h.filled) out.push({ check: 'empty-heading', page, detail: `"${h.text}" has nothing under it` });
    }
  };
  const walk = (n: Node) => {
    if (isElement(n)) {
      if (n.tagName === 'nav' || n.tagName === 'header' || HIDDEN_TAGS.has(n.tagName)) return;
      const m = /^h([2-6])$/.exec(n.tagName);
      if (m) {
        close(Number(m[1]));
        open.push({ level: Number(m[1]), text: visibleText(n).trim(), filled: false });
        return;
      }
      if (MEDIA.has(n.tagName)) {
        for (const h of open) h.filled = true;
        return;
      }
    } else if (n.nodeName === '#text' && (n as { value: string }).value.trim() !== '') {
      for (const h of open) h.filled = true;
      return;
    }
    for (const c of childrenOf(n)) walk(c);
  };
  walk(article);
  close(0);
  return out;
}
const HIDDEN_TAGS = new Set(['script', 'style', 'template']);

/** The fact's value written as `<Pick>` names its choices: a flag as yes/no, anything else as text. */
export function pickValue(v: unknown): string {
  return v === true ? 'yes' : v === false ? 'no' : String(v);
}

function pickProblems(page: string, els: Element[], facts: ReadonlyMap<string, unknown>): PageProblem[] {
  const out: PageProblem[] = [];
  for (const e of els) {
    const k = attr(e, 'data-pick');
    if (k === undefined) continue;
    const chosen = attr(e, 'data-value');
    if (!facts.has(k)) out.push({ check: 'pick-disagrees', page, detail: `<Pick k="${k}"> names no fact of facts.json` });
    else if (pickValue(facts.get(k)) !== chosen)
      out.push({ check: 'pick-disagrees', page, detail: `<Pick k="${k}"> chose "${chosen}" but facts.json says "${pickValue(facts.get(k))}"` });
  }
  for (const e of els) {
    const k = attr(e, 'data-fact');
    if (k !== undefined && /^[—–]$/.test(visibleText(e).trim())) out.push({ check: 'missing-value', page, detail: `fact "${k}" is shown without a value` });
  }
  return out;
}

/** Every problem of one page of the edition as of `asOf`; `facts` is facts.json flattened to dotted keys. */
export function checkPage(page: string, html: string, asOf: string, facts: ReadonlyMap<string, unknown>): PageProblem[] {
  const doc = parseHtml(html);
  const els = elementsOf(doc);
  const texts = readerTexts(doc);
  return [...textProblems(page, texts), ...dateProblems(page, texts, asOf), ...tableProblems(page, els), ...headingProblems(page, doc), ...pickProblems(page, els, facts)];
}

/** facts.json's `facts` tree as dotted keys to plain values (`statistics.window.high.value` → 30670.0996). */
export function flattenPlain(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree)) flattenPlain(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, tree);
  return out;
}
