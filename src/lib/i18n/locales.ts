import type { NumberLocale, TimeLocale } from 'vega';
import { z } from 'zod';

/**
 * The locale spec: everything the report needs to know about a language, in one typed, validated entry per
 * language. Code never tests which language it is writing (`locale === 'zh'`); it reads the entry's
 * fields. Adding a language is one entry here, its UI strings (`strings/<code>.json`, `strings/<code>/`)
 * and its prose (`src/chapters/<slug>/<code>.mdx`) — or, for a language derived from another by conversion
 * (`derived`), one entry here and its terminology file (`terms.<code>.json`).
 *
 * Conventions: `code` is the key used in URLs (`/zh/…`), folders and records (`Record<Locale, …>`);
 * `tag` is the BCP 47 tag written into `<html lang>`, hreflang and the PDF; `intl` is the locale Intl
 * formats numbers and dates with. The first entry of {@link LOCALE_SPECS} is not special: the default
 * locale is named by {@link DEFAULT_LOCALE}.
 */

/** Intl date fields of one date format (always in UTC: a trading day never shifts with the machine's zone). */
const DateParts = z.strictObject({
  year: z.literal('numeric'),
  month: z.enum(['numeric', '2-digit', 'long', 'short', 'narrow']),
  day: z.enum(['numeric', '2-digit']).optional(),
});

const template = (names: readonly string[]) =>
  z.string().refine((s) => names.every((n) => s.includes(`{${n}}`)), { message: `must contain ${names.map((n) => `{${n}}`).join(' and ')}` });

const months = z.array(z.string().min(1)).length(12);
const weekdays = z.array(z.string().min(1)).length(7);

/** d3-format / d3-time-format locale tables and axis formats for the charts (Vega). */
const ChartLocale = z.strictObject({
  number: z.strictObject({
    decimal: z.string(),
    thousands: z.string(),
    grouping: z.array(z.number().int().positive()),
    currency: z.tuple([z.string(), z.string()]),
    minus: z.string().optional(),
  }),
  time: z.strictObject({
    dateTime: z.string(),
    date: z.string(),
    time: z.string(),
    periods: z.tuple([z.string(), z.string()]),
    days: weekdays,
    shortDays: weekdays,
    months,
    shortMonths: months,
  }),
  /** utcFormat patterns for time-axis ticks by granularity. */
  axis: z.strictObject({ year: z.string(), quarter: z.string(), month: z.string(), week: z.string(), date: z.string(), hours: z.string(), minutes: z.string() }),
  /** utcFormat patterns for the first tick of a time axis, which also names its year. */
  firstTick: z.strictObject({ day: z.string(), month: z.string() }),
});

/** The schema of one locale's spec. */
export const LocaleSpecSchema = z.strictObject({
  /** URL segment, folder name and record key: `zh`, `en`, `zh-hant` (lower case). */
  code: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/),
  /** BCP 47 tag: `<html lang>`, hreflang, og:locale, the PDF's /Lang. */
  tag: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  /** The language's name in itself, for the language switch. */
  name: z.string().min(1),
  /** The Intl locale numbers and dates are written with. */
  intl: z.string().min(2),
  dates: z.strictObject({
    /** A day: 2026年9月24日 / Sep 24, 2026. */
    day: DateParts.required({ day: true }),
    /** A month: 2026年9月 / Sep 2026. */
    month: DateParts.omit({ day: true }),
    /** A quarter, `{year}` and `{quarter}` (1–4) filled in: 2026年第3季度 / 2026 Q3. */
    quarter: template(['year', 'quarter']),
  }),
  /**
   * Words for large numbers, largest first, as a reader of the language groups them (万 = 10⁴, 亿 = 10⁸).
   * A value written "in words" is divided by the largest unit not above it and followed by the word:
   * 18,945,000 -> 1,894.5万. Empty: large numbers are written in full digits.
   */
  largeNumbers: z
    .array(z.strictObject({ value: z.number().positive(), word: z.string().min(1) }))
    .refine((a) => a.every((u, i) => i === 0 || u.value < a[i - 1]!.value), { message: 'must run from the largest unit down' }),
  /**
   * A percentile rank, `{n}` the whole percentile: 第79百分位 / 79th percentile. `ordinals` gives the
   * suffix of `{n}` for each of Intl's ordinal plural categories (en one → "st", two → "nd", few → "rd",
   * other → "th"); a language without ordinal suffixes leaves it out.
   */
  percentile: z.strictObject({
    pattern: template(['n']),
    ordinals: z
      .strictObject({
        zero: z.string().optional(),
        one: z.string().optional(),
        two: z.string().optional(),
        few: z.string().optional(),
        many: z.string().optional(),
        other: z.string(),
      })
      .optional(),
  }),
  /** What stands between items of a list: 、 / ", ". */
  listSeparator: z.string().min(1),
  /** What stands between clauses that each say something whole (a semicolon): ；/ "; ". */
  clauseSeparator: z.string().min(1),
  /** Quotation marks, outer and inner: “…” ‘…’ in both zh-CN and English; 「…」『…』 in zh-TW. */
  quotes: z.strictObject({ open: z.string().min(1), close: z.string().min(1), innerOpen: z.string().min(1), innerClose: z.string().min(1) }),
  /** What joins two sentences: nothing in Chinese, a space in English. */
  sentenceJoiner: z.string(),
  /** What stands between a label and what it introduces: "图 3：…" / "Figure 3: …". */
  labelSeparator: z.string().min(1),
  /** Whether words are separated by spaces (Latin scripts) or run together (Chinese): how text is searched for words. */
  spacedWords: z.boolean(),
  fonts: z.strictObject({
    /** CSS font stack of charts and screen text. */
    screen: z.string().min(1),
    /**
     * The family the sharing images (`/og/…png`) are drawn in: a face of the Noto Sans CJK collection
     * (Debian's fonts-noto-cjk, one file for every CJK language plus Latin): `Noto Sans CJK SC`, `… TC`.
     */
    image: z.string().regex(/^Noto Sans CJK (SC|TC|HK|JP|KR)$/),
    /**
     * The printed report's faces: Fontsource packages (installed dependencies) for the serif text face and
     * the sans face, and the name of their file holding the language's script (`chinese-simplified`,
     * `chinese-traditional`); their Latin files and numbered symbol slices are used as well. `latin`, for a
     * language written in Latin script, names Latin faces set over them for Latin text and punctuation: the
     * CJK faces draw ’ “ ” § full-width, which English must not show.
     */
    print: z.strictObject({
      serif: z.string().regex(/^@fontsource\/[a-z0-9-]+$/),
      sans: z.string().regex(/^@fontsource\/[a-z0-9-]+$/),
      subset: z.string().regex(/^[a-z-]+$/),
      latin: z.strictObject({ serif: z.string().regex(/^@fontsource\/[a-z0-9-]+$/), sans: z.string().regex(/^@fontsource\/[a-z0-9-]+$/) }).optional(),
    }),
  }),
  /** Between a chapter's kicker and its title in the PDF's running head: "第 3 章　统计分析" / "Chapter 3 · Statistics". */
  runningHeadSeparator: z.string().min(1),
  /** Pagefind's name of the language (it indexes each page under its `<html lang>`, lower case). */
  searchLanguage: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/),
  chart: ChartLocale,
  /**
   * A language whose text is derived from another's at build time rather than written: its UI strings,
   * chapter prose, curated texts and config names are the source language's, converted by OpenCC
   * (`opencc-js`, converter `from` → `to`: `cn` → `twp` is Simplified to Traditional with Taiwan phrases) and
   * then corrected by the reviewed terminology file `src/lib/i18n/terms.<code>.json` (src/lib/i18n/derive.ts).
   * Absent: the language's text is written by hand.
   */
  derived: z
    .strictObject({
      from: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/),
      opencc: z.strictObject({ from: z.enum(['cn', 'tw', 'twp', 'hk', 'jp', 't']), to: z.enum(['cn', 'tw', 'twp', 'hk', 'jp', 't']) }),
    })
    .optional(),
});

/** What a locale spec is written as (before validation). */
export type LocaleSpecInput = z.input<typeof LocaleSpecSchema>;

/** A validated locale spec; the chart tables are typed as Vega takes them. */
export type LocaleSpec = Omit<z.output<typeof LocaleSpecSchema>, 'chart'> & {
  chart: Omit<z.output<typeof ChartLocale>, 'number' | 'time'> & { number: NumberLocale; time: TimeLocale };
};

const ZH_MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

/**
 * The chart time locale every Chinese script shares (年月日 dates, 24-hour times, month names as numbers);
 * each script adds its own short weekday names (周日 / 週日).
 */
const CJK_CHART_TIME: Omit<LocaleSpecInput['chart']['time'], 'shortDays'> = {
  dateTime: '%x %A %X',
  date: '%Y年%-m月%-d日',
  time: '%H:%M:%S',
  periods: ['上午', '下午'],
  days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  months: ZH_MONTHS,
  shortMonths: ZH_MONTHS,
};

/** Time-axis tick formats of every Chinese script: 2024年 on year ticks, 3月 on months, the first tick with its year. */
const CJK_CHART_FORMATS: Pick<LocaleSpecInput['chart'], 'axis' | 'firstTick'> = {
  axis: { year: '%Y年', quarter: '%-m月', month: '%-m月', week: '%-m月%-d日', date: '%-m月%-d日', hours: '%H:%M', minutes: '%H:%M' },
  firstTick: { day: '%Y年%-m月%-d日', month: '%Y年%-m月' },
};

/**
 * The report's languages, in the order the language switch, hreflang and the build list them.
 *
 * Chart number locales: `minus: '-'` because d3 defaults to U+2212, while every other number in the report
 * (prose, tables, marker labels) comes from Intl, which writes a hyphen-minus; one figure should not mix
 * "−14%" ticks with a "-13.4%" label.
 */
const SPECS = {
  zh: {
    code: 'zh',
    tag: 'zh-CN',
    name: '简体中文',
    intl: 'zh-CN',
    dates: { day: { year: 'numeric', month: 'long', day: 'numeric' }, month: { year: 'numeric', month: 'long' }, quarter: '{year}年第{quarter}季度' },
    largeNumbers: [
      { value: 1e8, word: '亿' },
      { value: 1e4, word: '万' },
    ],
    percentile: { pattern: '第{n}百分位' },
    listSeparator: '、',
    clauseSeparator: '；',
    quotes: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
    sentenceJoiner: '',
    labelSeparator: '：',
    spacedWords: false,
    fonts: {
      // Leads with CJK faces so Latin digits match the Chinese text.
      screen: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
      image: 'Noto Sans CJK SC',
      print: { serif: '@fontsource/noto-serif-sc', sans: '@fontsource/noto-sans-sc', subset: 'chinese-simplified' },
    },
    runningHeadSeparator: '　',
    searchLanguage: 'zh-cn',
    chart: {
      number: { decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''], minus: '-' },
      time: { ...CJK_CHART_TIME, shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] },
      ...CJK_CHART_FORMATS,
    },
  },
  'zh-hant': {
    code: 'zh-hant',
    // The URL names the script a reader chooses (繁體); the tag names the variety the text is written in:
    // OpenCC's Taiwan phrases and the Taiwan finance terms of terms.zh-hant.json (本益比, 殖利率, 聯準會 …).
    tag: 'zh-Hant-TW',
    name: '繁體中文',
    intl: 'zh-Hant-TW',
    dates: { day: { year: 'numeric', month: 'long', day: 'numeric' }, month: { year: 'numeric', month: 'long' }, quarter: '{year}年第{quarter}季' },
    largeNumbers: [
      { value: 1e8, word: '億' },
      { value: 1e4, word: '萬' },
    ],
    percentile: { pattern: '第{n}百分位' },
    listSeparator: '、',
    clauseSeparator: '；',
    quotes: { open: '「', close: '」', innerOpen: '『', innerClose: '』' },
    sentenceJoiner: '',
    labelSeparator: '：',
    spacedWords: false,
    fonts: {
      screen: '"Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", system-ui, sans-serif',
      image: 'Noto Sans CJK TC',
      print: { serif: '@fontsource/noto-serif-tc', sans: '@fontsource/noto-sans-tc', subset: 'chinese-traditional' },
    },
    runningHeadSeparator: '　',
    searchLanguage: 'zh-hant-tw',
    chart: {
      number: { decimal: '.', thousands: ',', grouping: [3], currency: ['NT$', ''], minus: '-' },
      time: { ...CJK_CHART_TIME, shortDays: ['週日', '週一', '週二', '週三', '週四', '週五', '週六'] },
      ...CJK_CHART_FORMATS,
    },
    derived: { from: 'zh', opencc: { from: 'cn', to: 'twp' } },
  },
  en: {
    code: 'en',
    tag: 'en',
    name: 'English',
    intl: 'en',
    dates: { day: { year: 'numeric', month: 'short', day: 'numeric' }, month: { year: 'numeric', month: 'short' }, quarter: '{year} Q{quarter}' },
    largeNumbers: [],
    percentile: { pattern: '{n} percentile', ordinals: { one: 'st', two: 'nd', few: 'rd', other: 'th' } },
    listSeparator: ', ',
    clauseSeparator: '; ',
    quotes: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
    sentenceJoiner: ' ',
    labelSeparator: ': ',
    spacedWords: true,
    fonts: {
      screen: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
      image: 'Noto Sans CJK SC',
      // The English report quotes Chinese and Japanese names too: the SC faces carry both scripts.
      print: {
        serif: '@fontsource/noto-serif-sc',
        sans: '@fontsource/noto-sans-sc',
        subset: 'chinese-simplified',
        latin: { serif: '@fontsource/noto-serif', sans: '@fontsource/noto-sans' },
      },
    },
    runningHeadSeparator: ' · ',
    searchLanguage: 'en',
    chart: {
      number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '-' },
      time: {
        dateTime: '%a %b %-d, %Y, %X',
        date: '%b %-d, %Y',
        time: '%-I:%M:%S %p',
        periods: ['AM', 'PM'],
        days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
        shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
        months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
        shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      },
      axis: { year: '%Y', quarter: '%b', month: '%b', week: '%b %-d', date: '%b %-d', hours: '%H:%M', minutes: '%H:%M' },
      firstTick: { day: '%b %-d, %Y', month: '%b %Y' },
    },
  },
} satisfies Record<string, LocaleSpecInput>;

/** A language of the report: a key of the locale spec. */
export type Locale = keyof typeof SPECS;

/** The language `/` leads to, whose strings every other language falls back to. */
export const DEFAULT_LOCALE: Locale = 'zh';

/**
 * The language data files speak: headers of the figures' CSV downloads and other machine-facing text are
 * written in it, whatever the page's language.
 */
export const DATA_LOCALE: Locale = 'en';

/**
 * Validates a set of locale specs: each entry against the schema, its key equal to its `code`, tags and
 * codes unique, the default among them. Throws naming the locale and the field. Exported so a test can
 * build a synthetic language from the schema alone.
 */
export function validateLocaleSpecs<K extends string>(specs: Readonly<Record<K, LocaleSpecInput>>, defaultLocale: NoInfer<K>): Record<K, LocaleSpec> {
  const out = {} as Record<K, LocaleSpec>;
  const tags = new Set<string>();
  for (const [key, input] of Object.entries(specs) as [K, LocaleSpecInput][]) {
    const r = LocaleSpecSchema.safeParse(input);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new Error(`Locale spec "${key}": ${issue.path.join('.') || '(root)'} ${issue.message}`);
    }
    if (r.data.code !== key) throw new Error(`Locale spec "${key}": code is "${r.data.code}", must equal its key`);
    if (tags.has(r.data.tag)) throw new Error(`Locale spec "${key}": tag "${r.data.tag}" is used by another locale`);
    tags.add(r.data.tag);
    out[key] = r.data as LocaleSpec;
  }
  if (!(defaultLocale in out)) throw new Error(`The default locale "${defaultLocale}" has no locale spec`);
  for (const [key, spec] of Object.entries(out) as [K, LocaleSpec][]) {
    const from = spec.derived?.from;
    if (from === undefined) continue;
    if (!(from in out)) throw new Error(`Locale spec "${key}": derived.from "${from}" is not a locale of the report`);
    if (out[from as K].derived) throw new Error(`Locale spec "${key}": derived.from "${from}" is itself derived; derive from a written language`);
  }
  return out;
}

/** Every language's validated spec, by code. */
export const LOCALE_SPECS: Readonly<Record<Locale, LocaleSpec>> = validateLocaleSpecs(SPECS, DEFAULT_LOCALE);

/** The report's languages, in spec order. */
export const LOCALES = Object.keys(SPECS) as readonly Locale[];

/** A language whose text is written by hand (its strings and prose are files); the others are derived from one of these. */
export type WrittenLocale = { [K in Locale]: (typeof SPECS)[K] extends { derived: object } ? never : K }[Locale];

/** The languages written by hand, in spec order: the ones with string and prose files of their own. */
export const WRITTEN_LOCALES = LOCALES.filter((l) => LOCALE_SPECS[l].derived === undefined) as readonly WrittenLocale[];

/** The written language a language's text comes from: itself when written, its `derived.from` when derived. */
export function sourceLocale(locale: Locale): WrittenLocale {
  return (LOCALE_SPECS[locale].derived?.from ?? locale) as WrittenLocale;
}

/** The spec of one language. */
export function localeSpec(locale: Locale): LocaleSpec {
  return LOCALE_SPECS[locale];
}

/** What sets a label apart from the number or date after it: nothing in Chinese ("数据截至2026年9月24日"), a space in English. */
export function wordGap(locale: Locale): string {
  return LOCALE_SPECS[locale].spacedWords ? ' ' : '';
}

/** BCP 47 tags: for `<html lang>`, hreflang and the PDF. */
export const LANG_TAG: Readonly<Record<Locale, string>> = Object.fromEntries(LOCALES.map((l) => [l, LOCALE_SPECS[l].tag])) as Record<Locale, string>;

/**
 * The Open Graph locale of a BCP 47 tag: `language_TERRITORY`, without a script subtag, as og:locale
 * expects (`zh-CN` → `zh_CN`, `zh-Hant-TW` → `zh_TW`, `en` → `en`).
 */
export function ogLocale(tag: string): string {
  const [language, ...rest] = tag.split('-');
  const region = rest.find((s) => /^([A-Za-z]{2}|\d{3})$/.test(s));
  return region ? `${language}_${region.toUpperCase()}` : language!;
}

/** The language's own name, for the language switch. */
export const LANGUAGE_NAME: Readonly<Record<Locale, string>> = Object.fromEntries(LOCALES.map((l) => [l, LOCALE_SPECS[l].name])) as Record<Locale, string>;

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The locale whose BCP 47 tag is `tag` (as read back from `<html lang>`); undefined for any other tag. */
export function localeOfTag(tag: string): Locale | undefined {
  return LOCALES.find((l) => LOCALE_SPECS[l].tag.toLowerCase() === tag.toLowerCase());
}

/**
 * One record with an entry per language, built by `f`: `{ zh: f('zh'), en: f('en') }` without naming them.
 */
export function perLocale<T>(f: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
}
