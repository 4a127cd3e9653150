/**
 * A static check of the chapters' MDX, so it holds for every edition: a fact that can be negative
 * (written `signed`, or negative in some edition) never sits directly beside a fixed direction word
 * ("rose", "下跌" …). Such a fact is written with `abs` after a word chosen by `<Pick>` from its sign, or
 * signed with neutral words ("changed", "变动").
 */

import { localeSpec, type WrittenLocale } from '../../../src/lib/i18n/locales';

/**
 * The languages whose prose is written: a derived language's prose is its source's converted word for word,
 * so a fact beside a fixed direction word there is beside it in the source, where this check finds it.
 */
export type Lang = WrittenLocale;

/** Words that state a direction, per language. Matching is on whole words where the language spaces its words (the locale spec's `spacedWords`: English), on substrings otherwise (Chinese). */
export const DIRECTION_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'rose',
    'rise',
    'rises',
    'rising',
    'risen',
    'fell',
    'fall',
    'falls',
    'falling',
    'fallen',
    'grew',
    'grow',
    'grows',
    'growing',
    'grown',
    'gained',
    'gain',
    'gains',
    'lost',
    'lose',
    'loses',
    'dropped',
    'drop',
    'drops',
    'declined',
    'decline',
    'declines',
    'climbed',
    'climb',
    'increased',
    'increase',
    'increases',
    'decreased',
    'decrease',
    'decreases',
    'shrank',
    'shrink',
    'shrunk',
    'jumped',
    'slumped',
    'surged',
    'plunged',
    'advanced',
    'higher',
    'lower',
    'up',
    'down',
    'above',
    'below',
    'ahead',
    'behind',
    'weaker',
    'stronger',
  ],
  zh: [
    '上涨',
    '下跌',
    '增长',
    '下降',
    '上升',
    '回落',
    '回升',
    '走高',
    '走低',
    '收涨',
    '收跌',
    '涨幅',
    '跌幅',
    '高于',
    '低于',
    '增加',
    '减少',
    '缩水',
    '萎缩',
    '收缩',
    '扩张',
    '升值',
    '贬值',
    '跑赢',
    '跑输',
    '领先',
    '落后',
    '涨',
    '跌',
  ],
};

/** Neutral compounds that contain a direction word but state none ("涨跌幅" is "change"), per language. */
const NEUTRAL: Readonly<Record<Lang, readonly string[]>> = { zh: ['涨跌'], en: [] };

export interface VUse {
  /** The fact key. */
  k: string;
  signed: boolean;
  abs: boolean;
  /** 1-based line of the `<V>` in its file. */
  line: number;
  /** Text just before and after the `<V>`, other components replaced by placeholders. */
  before: string;
  after: string;
}

const ATTR = (tag: string, name: string) => new RegExp(`\\s${name}(?=[\\s/>=])`).test(tag);

/**
 * Every `<V>` of an MDX source with its neighbouring text. `<Pick>` (chosen words) and other `<V>`s become
 * placeholders ("⟨pick⟩", "⟨v⟩"), `<When>` tags and `<Ref>`s vanish, so only fixed words remain as words.
 */
export function vUses(mdx: string): VUse[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
  const tags = [...body.matchAll(/<(V|Pick|When|Ref|Figure)\b[^>]*?\/?>|<\/When>/g)];
  const out: VUse[] = [];
  const placeholder = (tag: string) =>
    tag.startsWith('<Pick') ? ' ⟨pick⟩ ' : tag.startsWith('<V') ? ' ⟨v⟩ ' : tag.startsWith('<Ref') || tag.startsWith('<Figure') ? ' ⟨ref⟩ ' : ' ';
  const clean = (s: string) => s.replace(/<(V|Pick|When|Ref|Figure)\b[^>]*?\/?>|<\/When>/g, placeholder).replace(/\*\*|__|`/g, '');
  for (const m of tags) {
    if (m[1] !== 'V') continue;
    const tag = m[0];
    const k = /\sk="([^"]+)"/.exec(tag)?.[1];
    if (!k) continue;
    const start = m.index;
    const end = start + tag.length;
    out.push({
      k,
      signed: ATTR(tag, 'signed'),
      abs: ATTR(tag, 'abs'),
      line: body.slice(0, start).split('\n').length,
      before: clean(body.slice(Math.max(0, start - 400), start)),
      after: clean(body.slice(end, end + 400)),
    });
  }
  return out;
}

const SENTENCE_END: Readonly<Record<Lang, RegExp>> = { en: /[.;:!?()\n—]|\s-\s/, zh: /[。；：！？，、（）()\n—]/ };

/** The clause of text directly beside a `<V>`: up to `words` words (English) or `chars` characters (Chinese), not crossing a clause boundary. */
export function besideText(u: VUse, lang: Lang): { before: string; after: string } {
  const cut = (s: string, fromEnd: boolean) => {
    const parts = s.split(SENTENCE_END[lang]);
    return (fromEnd ? parts[parts.length - 1] : parts[0]) ?? '';
  };
  const b = cut(u.before, true);
  const a = cut(u.after, false);
  if (localeSpec(lang).spacedWords) {
    const bw = b.trim().split(/\s+/).filter(Boolean);
    const aw = a.trim().split(/\s+/).filter(Boolean);
    return { before: bw.slice(-3).join(' '), after: aw.slice(0, 2).join(' ') };
  }
  return { before: b.replace(/\s+/g, '').slice(-6), after: a.replace(/\s+/g, '').slice(0, 4) };
}

/** The fixed direction words in a stretch of text. */
export function directionWordsIn(text: string, lang: Lang): string[] {
  if (localeSpec(lang).spacedWords) {
    const words = text.toLowerCase().split(/[^a-z⟨⟩]+/);
    return DIRECTION_WORDS[lang].filter((w) => words.includes(w));
  }
  let t = text;
  for (const n of NEUTRAL[lang]) t = t.split(n).join(' ');
  return DIRECTION_WORDS[lang].filter((w) => t.includes(w));
}

export interface DirectionProblem {
  file: string;
  line: number;
  detail: string;
}

/**
 * Problems in one MDX file: a `<V>` that is `signed`, or whose fact `canBeNegative`, or whose sign
 * varies between editions while written `abs`, directly beside a fixed direction word.
 */
export function directionProblems(file: string, mdx: string, lang: Lang, signs: (k: string) => { negative: boolean; positive: boolean }): DirectionProblem[] {
  const out: DirectionProblem[] = [];
  for (const u of vUses(mdx)) {
    const s = signs(u.k);
    const risky = u.signed || (u.abs ? s.negative && s.positive : s.negative);
    if (!risky) continue;
    const { before, after } = besideText(u, lang);
    const found = [...directionWordsIn(before, lang), ...directionWordsIn(after, lang)];
    if (found.length === 0) continue;
    const why = u.signed ? 'signed' : u.abs ? 'written abs, its sign varies between editions' : 'negative in some editions';
    out.push({ file, line: u.line, detail: `<V k="${u.k}"> (${why}) beside fixed "${found.join('", "')}": "${before} ⟨V⟩ ${after}"` });
  }
  return out;
}
