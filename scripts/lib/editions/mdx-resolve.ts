/**
 * A fast, in-process preview of what an edition's build would meet in the chapters' MDX, without
 * running Astro: walks each chapter's `<When>` nesting against the edition's facts and, for every
 * passage shown, checks that each `<V>` names a fact with a value, each `<Pick>` has words for its
 * fact's value, and each `<Figure>` / `<Ref>` names a figure the edition shows — with its title,
 * caption and text alternative free of empty values. What fails here fails (or shows a "—" in) the
 * real build, so the sweep can cover every month from 1966 on in seconds.
 */
import { formatFact } from '../../../src/lib/report/format-fact';
import type { Locale } from '../../../src/lib/i18n/locales';
import { t, type StringKey } from '../../../src/lib/i18n/t';
import { factKey, lookupFact, type Fact } from '../../../src/lib/report/fact';
import { FIGURES, figureShown } from '../../../src/lib/report/figure-list';
import type { Report } from '../../../src/lib/report/report';

export interface ResolveProblem {
  file: string;
  line: number;
  detail: string;
}

/** Attributes of a JSX-like tag: `k="a.b"`, `digits={0}`, bare `signed`. */
export function tagAttrs(tag: string): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const m of tag.matchAll(/\s([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|\{([^}]*)\}))?/g)) out[m[1] as string] = m[2] ?? m[3] ?? true;
  return out;
}

const pickValue = (v: Fact['value']) => (v === true ? 'yes' : v === false ? 'no' : String(v));

/** Whether `<When>` with these attributes shows its content for fact value `v` (as When.astro decides). */
function whenShows(a: Record<string, string | true>, v: Fact['value']): boolean {
  if (typeof a.is === 'string') return String(v) === a.is;
  if (typeof a.not === 'string') return String(v) !== a.not;
  return v === true;
}

/** Facts named in a figure's UI strings that have no value in this edition (they would print "—"). */
function figureTextProblems(id: string, report: Report, locale: Locale): string[] {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) return [];
  const prefix = f.kind === 'chart' ? 'fig' : 'tab';
  const keys = [`${prefix}.${id}.title`, f.captionKey ? f.captionKey(report) : `${prefix}.${id}.caption`];
  if (f.kind === 'chart') keys.push(f.altKey ? f.altKey(report) : `fig.${id}.alt`);
  const out: string[] = [];
  for (const key of keys) {
    try {
      t(locale, key as StringKey, {}, (name) => {
        const fact = lookupFact(report.index, factKey(name));
        if (fact.value === null) out.push(`${key} names "${name}", which has no value in this edition`);
        return fact.value === null ? '—' : formatFact(fact, locale);
      });
    } catch (e) {
      out.push(`${key}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Problems the edition `report` would meet in one chapter's MDX (`file` names it in messages). */
export function resolveMdx(file: string, mdx: string, report: Report, locale: Locale): ResolveProblem[] {
  const out: ResolveProblem[] = [];
  const tags = [...mdx.matchAll(/<(V|Pick|When|Ref|Figure)\b(?:[^>"{]|"[^"]*"|\{[^}]*\})*?\/?>|<\/When>/g)];
  const shown: boolean[] = [];
  const line = (i: number) => mdx.slice(0, i).split('\n').length;
  const visible = () => shown.every(Boolean);
  for (const m of tags) {
    const tag = m[0];
    const at = line(m.index);
    const push = (detail: string) => out.push({ file, line: at, detail });
    if (tag === '</When>') {
      shown.pop();
      continue;
    }
    const a = tagAttrs(tag);
    const name = m[1] as string;
    if (name === 'When') {
      const selfClosing = tag.endsWith('/>');
      if (selfClosing) continue;
      if (!visible()) {
        shown.push(false);
        continue;
      }
      const f = report.index.get(String(a.k));
      if (!f) push(`<When k="${a.k}">: unknown fact`);
      shown.push(f ? whenShows(a, f.value) : false);
      continue;
    }
    if (!visible()) continue;
    if (name === 'V' || name === 'Pick') {
      const k = String(a.k);
      const f = report.index.get(k);
      if (!f) {
        push(`<${name} k="${k}">: unknown fact`);
        continue;
      }
      if (name === 'V') {
        if (f.value === null) push(`<V k="${k}"> has no value in this edition (it would print "—")`);
        else {
          try {
            formatFact(f, locale);
          } catch (e) {
            push(`<V k="${k}">: ${(e as Error).message}`);
          }
        }
      } else {
        const v = pickValue(f.value);
        if (!(v in a)) push(`<Pick k="${k}"> has no words for "${v}"`);
      }
      continue;
    }
    // Figure or Ref
    const id = String(a.id);
    const entry = FIGURES.find((x) => x.id === id);
    if (!entry) push(`<${name} id="${id}">: unknown figure`);
    else if (!figureShown(entry, report)) push(`<${name} id="${id}">: the figure has no data in this edition`);
    else if (name === 'Figure') for (const p of figureTextProblems(id, report, locale)) push(`<Figure id="${id}">: ${p}`);
  }
  return out;
}
