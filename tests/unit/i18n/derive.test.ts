import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterProse } from '../../../src/lib/i18n/prose-fs';
import { DERIVED_LOCALES, deriveText, openccOf, termsOf, validateTerms } from '../../../src/lib/i18n/derive';
import { localeSpec, sourceLocale } from '../../../src/lib/i18n/locales';
import { deriveMdx } from '../../../src/lib/i18n/prose';
import { CHAPTER_SLUGS } from '../../../src/chapters/registry';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('deriveText(text, locale)', () => {
  it('converts Simplified to Traditional with Taiwan phrases, then the reviewed terms', () => {
    expect(deriveText('数据截至2026年9月24日，下载软件', 'zh-hant')).toBe('資料截至2026年9月24日，下載軟體');
    expect(deriveText('日经225的市盈率、市净率与股息率', 'zh-hant')).toBe('日經225的本益比、股價淨值比與殖利率');
    expect(deriveText('美联储加息后日元走弱', 'zh-hant')).toBe('聯準會升息後日圓走弱');
  });

  it('applies the longest term first, so a yield is not a return', () => {
    expect(deriveText('10年期国债收益率与日收益率，日收益', 'zh-hant')).toBe('10年期公債殖利率與日報酬率，日報酬');
    expect(deriveText('市盈率以预测收益计算', 'zh-hant')).toBe('本益比以預估盈餘計算');
    expect(openccOf('市盈率以预测收益计算', 'zh-hant')).toBe('市盈率以預測收益計算');
  });

  it('finds a term whatever phrase OpenCC makes around it (一只股票 is 一隻股票 to OpenCC)', () => {
    expect(openccOf('一只股票', 'zh-hant')).toBe('一隻股票');
    expect(deriveText('一只股票', 'zh-hant')).toBe('一檔股票');
  });

  it("writes the language's own quotation marks and keeps a quotation already in Traditional as written", () => {
    expect(deriveText('所谓“政策底”与‘托底’', 'zh-hant')).toBe('所謂「政策底」與『托底』');
    // The 2022 report's own words (Traditional, with its 于 and 爲) stay as it wrote them.
    expect(deriveText('该报告写道：“該指數PE-TTM爲18.86x,處于近十年來的36.33%”。', 'zh-hant')).toBe('該報告寫道：「該指數PE-TTM爲18.86x,處于近十年來的36.33%」。');
  });

  it('keeps a Japanese name (a run already holding a Traditional or Japanese character) as written', () => {
    expect(deriveText('日本财务省（国債金利情報）', 'zh-hant')).toBe('日本財務省（国債金利情報）');
  });

  it('never touches keys, placeholders, numbers or markup, and leaves a written language alone', () => {
    expect(deriveText('{indexFull}在{statistics.window.end}的收益为%index% <V k="statistics.ytd.return" />', 'zh-hant')).toBe(
      '{indexFull}在{statistics.window.end}的報酬為%index% <V k="statistics.ytd.return" />',
    );
    expect(deriveText('数据', 'zh')).toBe('数据');
    expect(deriveText('data “quoted”', 'en')).toBe('data “quoted”');
  });
});

describe('validateTerms(terms, file)', () => {
  it('rejects punctuation or markup, a term without Chinese, a missing reason and a source listed twice', () => {
    const ok = { source: '市盈率', target: '本益比', why: 'P/E' };
    expect(validateTerms([ok, { source: '实际GDP', target: '實質GDP', why: 'real' }], 'f.json')).toHaveLength(2);
    expect(() => validateTerms([{ ...ok, source: '市盈率"' }], 'f.json')).toThrow(/f\.json: terms\[0\]\.source "市盈率"" must be Chinese characters/);
    expect(() => validateTerms([{ ...ok, target: 'PE' }], 'f.json')).toThrow(/terms\[0\]\.target "PE"/);
    expect(() => validateTerms([{ ...ok, why: '' }], 'f.json')).toThrow(/needs a "why"/);
    expect(() => validateTerms([ok, ok], 'f.json')).toThrow(/"市盈率" is listed twice/);
  });

  it('holds for the shipped terminology files', () => {
    for (const l of DERIVED_LOCALES) expect(termsOf(l).length).toBeGreaterThan(10);
  });
});

describe('deriveMdx(mdx, locale, sourceFile)', () => {
  const mdx = [
    '---',
    'title: 统计分析',
    'summary: {indexFull}的走势[[stats.x: ，以及数据]]',
    '---',
    "import StaleNote from '../../components/StaleNote.astro';",
    '',
    '## 收益率',
    '',
    '见`数据.csv`与[数据](https://example.org/数据/)。<Pick k="stats.d" up="上涨" down="下跌" /><Pick k="e" some={"超出区间的滞后有"} none="" /><V k="a" digits={4} />',
    '',
    '```',
    '数据 = 1',
    '```',
  ].join('\n');
  const out = deriveMdx(mdx, 'zh-hant', 'zh.mdx');

  it('converts the text, frontmatter and word attributes, and names its source after the frontmatter', () => {
    expect(out).toContain('title: 統計分析\nsummary: {indexFull}的走勢[[stats.x: ，以及資料]]\n---\n{/* Derived from zh.mdx');
    expect(out).toContain('## 報酬率');
    expect(out).toContain('up="上漲" down="下跌"');
    expect(out).toContain('some={"超出區間的滯後有"}');
  });

  it('keeps code, imports, link targets and expressions byte for byte', () => {
    expect(out).toContain("import StaleNote from '../../components/StaleNote.astro';");
    expect(out).toContain('見`數據.csv`'.replace('數據', '数据'));
    expect(out).toContain('](https://example.org/数据/)');
    expect(out).toContain('[資料]');
    expect(out).toContain('```\n数据 = 1\n```');
    expect(out).toContain('digits={4}');
  });

  it("changes nothing but Chinese text and quotation marks in any chapter's prose", () => {
    const skeleton = (s: string) => s.replace(/[\p{Script=Han}“”‘’「」『』]/gu, '');
    for (const locale of DERIVED_LOCALES) {
      for (const slug of CHAPTER_SLUGS) {
        const source = chapterProse(ROOT, slug, sourceLocale(locale)).text;
        const derived = chapterProse(ROOT, slug, locale).text;
        const notice = derived.split('\n').find((l) => l.startsWith('{/* Derived from'))!;
        expect(skeleton(derived.replace(`${notice}\n`, '')), `${slug} (${locale})`).toBe(skeleton(source));
        expect(derived).not.toMatch(new RegExp(`[${localeSpec(sourceLocale(locale)).quotes.open}${localeSpec(sourceLocale(locale)).quotes.close}]`));
      }
    }
  });

  it('refuses a written language', () => {
    expect(() => deriveMdx(mdx, 'zh', 'zh.mdx')).toThrow(/"zh" is written, not derived/);
  });
});
