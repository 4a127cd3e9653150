import { describe, expect, it } from 'vitest';
import { flag, word, type Fact } from '../../../src/lib/report/fact';
import { summaryFactKeys, summaryText } from '../../../src/lib/site/summary-text';

const index = new Map<string, Fact>([
  ['a.known', flag(true)],
  ['b.known', flag(false)],
  ['c.word', word('up')],
  ['d.none', { value: null, unit: 'pct' }],
]);

describe('chapter summaries read for the edition', () => {
  it('keeps a part when its fact holds and drops it when not; `!` inverts', () => {
    expect(summaryText('Futures[[a.known:; funds]][[b.known:; a check]].', index, 'x')).toBe('Futures; funds.');
    expect(summaryText('[[b.known:Does it?]][[!b.known:It]] looks[[c.word: far]][[d.none: never]].', index, 'x')).toBe('It looks far.');
  });

  it('fails the build on an unknown fact, naming the chapter', () => {
    expect(() => summaryText('A[[a.knwon: b]]', index, 'chapter macro (en)')).toThrowError('chapter macro (en): the summary names an unknown fact "a.knwon"');
  });

  it('lists the keys its parts name', () => {
    expect(summaryFactKeys('x[[a.known: y]][[!b.known:z]]')).toEqual(['a.known', 'b.known']);
  });
});
