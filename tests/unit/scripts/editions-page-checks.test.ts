import { describe, expect, it } from 'vitest';
import { checkPage, flattenPlain } from '../../../scripts/lib/editions/page-checks';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title><script>var x = undefined;</script></head><body><main><article>${body}</article></main></body></html>`;
const facts = flattenPlain({ statistics: { ytd: { direction: 'down', return: -0.05 }, flag: true } });
const checks = (body: string, asOf = '2022-06-30') => checkPage('/en/x/', page(body), asOf, facts).map((p) => p.check);

describe('checkPage(page, html, asOf, facts)', () => {
  it('passes a clean page', () => {
    expect(
      checks(
        '<h2>A</h2><p>On Jun 30, 2022 the index <span data-pick="statistics.ytd.direction" data-value="down">fell</span>.</p><table><tr><th>x</th></tr><tr><td>1</td></tr></table>',
      ),
    ).toEqual([]);
  });

  it('finds a date after the as-of date in text and in alt text', () => {
    expect(checks('<h2>A</h2><p>Terms checked Nov 21, 2026.</p>')).toEqual(['date-after-as-of']);
    expect(checks('<h2>A</h2><div role="img" aria-label="Rates since 2024年3月">x</div>')).toEqual(['date-after-as-of']);
  });

  it("lets a unit's base year through, and nothing else from the future", () => {
    expect(checks('<h2>A</h2><p>CPI (2020 = 100), 指数（2020年=100），chained 2015 yen，2015年链式价格.</p>', '2004-12-30')).toEqual([]);
    expect(checks('<h2>A</h2><p>CPI (2020 = 100) since 2013.</p>', '2004-12-30')).toEqual(['date-after-as-of']);
  });

  it('finds NaN, undefined, Infinity and unresolved markers in what a reader sees (not in scripts)', () => {
    expect(checks('<h2>A</h2><p>NaN and undefined and Infinity ⟦unresolved: Unknown fact "x"⟧</p>')).toEqual(['unresolved', 'not-a-number', 'not-a-number', 'not-a-number']);
    expect(checks('<h2>A</h2><p>Futures[[funds.etf.available: and funds]] on {index}.</p>')).toEqual(['unresolved', 'unresolved']);
  });

  it('finds an empty table, a chart with nothing drawn, and a fact shown as a dash', () => {
    expect(checks('<h2>A</h2><table><tr><th>h</th></tr></table>')).toEqual(['empty-table']);
    expect(checks('<h2>A</h2><table><tr><td>—</td><td></td></tr></table>')).toEqual(['empty-table']);
    expect(checks('<h2>A</h2><figure class="figure figure-chart" id="f"><div class="chart"></div></figure>')).toEqual(['empty-chart']);
    expect(checks('<h2>A</h2><p>target now <span data-fact="m.t">—</span>.</p>')).toEqual(['missing-value', 'missing-value']);
  });

  it('finds a heading with nothing under it before the next heading of its level', () => {
    expect(checks('<h2>A</h2><h2>B</h2><p>text</p>')).toEqual(['empty-heading']);
    expect(checks('<h2>A</h2><h3>A.1</h3><p>text</p><h3>A.2</h3>')).toEqual(['empty-heading']);
    expect(checks('<h2>A</h2><h3>A.1</h3><p>text</p>')).toEqual([]);
  });

  it('finds a data-chosen word that disagrees with facts.json (a flag as yes/no)', () => {
    expect(checks('<h2>A</h2><p><span data-pick="statistics.ytd.direction" data-value="up">rose</span> <span data-pick="statistics.flag" data-value="yes">y</span></p>')).toEqual([
      'pick-disagrees',
    ]);
    expect(checks('<h2>A</h2><p><span data-pick="statistics.nope" data-value="up">rose</span></p>')).toEqual(['pick-disagrees']);
  });
});
