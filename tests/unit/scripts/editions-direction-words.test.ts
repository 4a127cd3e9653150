import { describe, expect, it } from 'vitest';
import { besideText, directionProblems, directionWordsIn, vUses } from '../../../scripts/lib/editions/direction-words';

const signs =
  (neg: string[], both: string[] = []) =>
  (k: string) => ({ negative: neg.includes(k) || both.includes(k), positive: !neg.includes(k) || both.includes(k) });

describe('directionProblems(file, mdx, lang, signs)', () => {
  it('flags a signed fact after a fixed English direction word, even with a word between', () => {
    const mdx = '---\ntitle: x\n---\n\nThe quarter before grew <V k="g.prev" signed /> annualised, and 513520 rose only <V k="etf.cum" />.\n';
    const p = directionProblems('a.mdx', mdx, 'en', signs(['etf.cum']));
    expect(p.map((x) => [x.line, x.detail.slice(0, 30)])).toEqual([
      [5, '<V k="g.prev"> (signed) beside'],
      [5, '<V k="etf.cum"> (negative in s'],
    ]);
  });

  it('flags a fixed word after the fact, and Chinese words beside it', () => {
    expect(directionProblems('a.mdx', 'CPI was <V k="cpi" signed /> higher than a year earlier.', 'en', signs([]))).toHaveLength(1);
    expect(directionProblems('a.mdx', '同比上涨<V k="cpi" />。', 'zh', signs(['cpi']))).toHaveLength(1);
    expect(directionProblems('a.mdx', '前一季度环比折年<V k="g" signed />。', 'zh', signs([]))).toHaveLength(0);
  });

  it('accepts a word chosen by <Pick> from the sign, neutral words, and a magnitude whose sign never changes', () => {
    const mdx = 'The index <Pick k="d" up="rose" down="fell" /> <V k="r" abs /> and changed <V k="c" signed />; the seed says it fell <V k="seed" abs />.';
    expect(directionProblems('a.mdx', mdx, 'en', signs(['seed'], ['r']))).toEqual([]);
  });

  it('flags a magnitude (abs) beside a fixed word when the fact takes both signs across editions', () => {
    expect(directionProblems('a.mdx', 'Assets grew <V k="b" abs /> over the year.', 'en', signs([], ['b']))).toHaveLength(1);
  });

  it('does not look past the end of a clause', () => {
    expect(directionProblems('a.mdx', 'Prices rose. <V k="c" signed /> was the change.', 'en', signs([]))).toEqual([]);
    expect(directionProblems('a.mdx', '指数上涨。<V k="c" signed />为变动。', 'zh', signs([]))).toEqual([]);
  });
});

describe('helpers', () => {
  it("reads a <V>'s attributes and line; a paragraph (line) ends its neighbourhood", () => {
    const [u] = vUses('para one\nin two words <V k="a.b" signed digits={0} /> after it and more');
    expect(u).toMatchObject({ k: 'a.b', signed: true, abs: false, line: 2 });
    expect(besideText(u!, 'en')).toEqual({ before: 'in two words', after: 'after it' });
  });

  it('treats 涨跌幅 as neutral and matches English words whole', () => {
    expect(directionWordsIn('区间涨跌幅', 'zh')).toEqual([]);
    expect(directionWordsIn('upward rosette', 'en')).toEqual([]);
    expect(directionWordsIn('it rose', 'en')).toEqual(['rose']);
  });
});
