/**
 * Finds the calendar dates a reader sees in a page's text, in the forms the report writes them:
 * ISO (2021-09-14), Chinese (2021年9月14日, 2021年9月, 2021年第3季度 or 第3季, 2021年) and English (Sep 14, 2021;
 * 14 September 2021; September 2021 / Sep 2021; 2021 Q3; a bare year such as 2021).
 * Each mention carries its precision, so "after the as-of date" compares a month with a month.
 */

export type Precision = 'day' | 'month' | 'quarter' | 'year';

export interface DateMention {
  /** The text as written, e.g. "Sep 14, 2021". */
  text: string;
  precision: Precision;
  /** First and last ISO day the mention covers (a month covers its whole month). */
  first: string;
  last: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Space within one date: never a line break, so two chart tick labels ("Oct", "1966") are not read as one date. */
const S = '[ \\u00a0]';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function day(y: number, m: number, d: number, text: string): DateMention | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return { text, precision: 'day', first: iso, last: iso };
}
function month(y: number, m: number, text: string): DateMention | null {
  if (m < 1 || m > 12) return null;
  return { text, precision: 'month', first: `${y}-${pad(m)}-01`, last: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
}
function quarter(y: number, q: number, text: string): DateMention | null {
  if (q < 1 || q > 4) return null;
  const m = q * 3;
  return { text, precision: 'quarter', first: `${y}-${pad(m - 2)}-01`, last: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
}
function year(y: number, text: string): DateMention {
  return { text, precision: 'year', first: `${y}-01-01`, last: `${y}-12-31` };
}

/** Patterns in priority order: a longer form is matched (and its text consumed) before its parts. */
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => DateMention | null][] = [
  [/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, (m) => day(+m[1]!, +m[2]!, +m[3]!, m[0])],
  [/(\d{4})[ \u00a0]*年[ \u00a0]*(\d{1,2})[ \u00a0]*月[ \u00a0]*(\d{1,2})[ \u00a0]*日/g, (m) => day(+m[1]!, +m[2]!, +m[3]!, m[0])],
  [/(\d{4})[ \u00a0]*年[ \u00a0]*第[ \u00a0]*([1-4])[ \u00a0]*季度?/g, (m) => quarter(+m[1]!, +m[2]!, m[0])],
  [/(\d{4})[ \u00a0]*年[ \u00a0]*(\d{1,2})[ \u00a0]*月/g, (m) => month(+m[1]!, +m[2]!, m[0])],
  [new RegExp(`\\b${MONTH_RE}${S}+(\\d{1,2}),${S}*(\\d{4})\\b`, 'gi'), (m) => day(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!, m[0])],
  [new RegExp(`\\b(\\d{1,2})${S}+${MONTH_RE}${S}+(\\d{4})\\b`, 'gi'), (m) => day(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, m[0])],
  [/\b(\d{4})[ \u00a0]*Q([1-4])\b/g, (m) => quarter(+m[1]!, +m[2]!, m[0])],
  [/\bQ([1-4])[ \u00a0]+(\d{4})\b/g, (m) => quarter(+m[2]!, +m[1]!, m[0])],
  [new RegExp(`\\b${MONTH_RE}${S}+(\\d{4})\\b`, 'gi'), (m) => month(+m[2]!, MONTHS[m[1]!.toLowerCase()]!, m[0])],
  // A bare year: four digits from 1800 to 2099 that are not part of a longer number (1,989 or 1989.5 or 19890).
  [/(?<![\d.,/])(18\d\d|19\d\d|20\d\d)(?![\d%]|[.,]\d)/g, (m) => year(+m[1]!, m[0])],
];

/** Every date, month, quarter or year written in `text`, each span of text counted once. */
export function scanDates(text: string): DateMention[] {
  let rest = text;
  const out: DateMention[] = [];
  for (const [re, make] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const found: [number, number][] = [];
    while ((m = re.exec(rest)) !== null) {
      const d = make(m);
      if (d) out.push(d);
      found.push([m.index, m[0].length]);
    }
    // Blank out what this pattern read, so "2021年9月14日" is not read again as "2021年9月" or "2021".
    for (const [i, n] of found) rest = rest.slice(0, i) + ' '.repeat(n) + rest.slice(i + n);
  }
  return out;
}

/** The mentions in `text` that begin after the as-of date `asOf` (ISO): what an edition of that date could not have known. */
export function datesAfter(text: string, asOf: string): DateMention[] {
  return scanDates(text).filter((d) => d.first > asOf);
}
