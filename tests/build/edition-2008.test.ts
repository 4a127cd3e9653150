import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../lib/shared-builds';
import { checkBuiltSite } from '../../scripts/lib/editions/sweep';

/**
 * A crisis-year edition (REPORT_AS_OF=2008-12-30), built and read as a reader reads it: its GDP shrank,
 * its BOJ assets and index moved in opposite directions, and its short rate was well above zero, so
 * sentences written for another edition would be false here.
 */
let out: string;

/** The visible text of a built page: scripts, styles and SVG dropped, tags removed, whitespace folded. */
function pageText(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|\s+/g, ' ');
}

function pages(lang: 'zh' | 'en'): Map<string, string> {
  const dir = path.join(out, lang);
  const m = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const f = path.join(dir, name, 'index.html');
    if (statSync(path.join(dir, name)).isDirectory() && !['search', 'print'].includes(name)) {
      try {
        m.set(name, pageText(f));
      } catch {
        /* not a page */
      }
    }
  }
  m.set('overview', pageText(path.join(dir, 'index.html')));
  return m;
}

beforeAll(() => {
  out = sharedSite({ asOf: '2008-12-30' });
});

describe('the 2008-12-30 edition reads true', () => {
  it('never writes a negative number after a fixed direction word, in either language', () => {
    const en = /\b(rose|fell|grew|gained|lost|higher|lower|up|down|increased|decreased)\s+(by\s+)?[-−]\d/i;
    const zh = /(上涨|下跌|增长|下降|上升|增加|减少)[-−]\d/;
    for (const [name, text] of pages('en')) expect(text.match(en)?.[0] ?? null, `en/${name}`).toBeNull();
    for (const [name, text] of pages('zh')) expect(text.match(zh)?.[0] ?? null, `zh/${name}`).toBeNull();
  });

  it('states the shrinking quarter before without "grew", and CPI with a verb chosen from its sign', () => {
    const en = pages('en').get('economy') as string;
    expect(en).toMatch(/the quarter before \(2008 Q2\) came in at -1\.88% annualised/);
    expect(en).toMatch(/National CPI \(all items\) runs to Nov 2008, when it was up 0\.94% on a year earlier/);
  });

  it('does not claim in a heading that levels "move together" when their correlation is negative', () => {
    const en = pages('en').get('macro') as string;
    const zh = pages('zh').get('macro') as string;
    expect(en).toContain('correlate at -0.55 in levels');
    expect(en).not.toMatch(/levels move together/i);
    expect(zh).not.toContain('水平同向');
    expect(en).toContain('over this span even the levels moved in opposite directions');
  });

  it('takes the risk-free rate from the call rate paid over the window and says so', () => {
    const en = pages('en').get('statistics') as string;
    const zh = pages('zh').get('statistics') as string;
    expect(en).toContain('The risk-free rate is 0.48%, the average uncollateralised overnight call rate from Jan 2007 to Nov 2008.');
    expect(zh).toContain('无风险利率取2007年1月至2008年11月无担保隔夜拆借利率的平均值，为0.48%。');
    expect(en).not.toMatch(/short rates sat near zero/);
  });

  it('does not say a series "ends" where it simply reaches the edition', () => {
    const en = pages('en').get('macro') as string;
    expect(en).toContain('The overnight call rate averaged 0.30% in Nov 2008.');
    expect(en).not.toMatch(/call-rate series ends/);
  });

  it('describes the presumed par value, the rule in force in 2008', () => {
    const en = pages('en').get('methodology') as string;
    expect(en).toMatch(/converted to a [“"]presumed par value[”"]/);
    expect(en).not.toContain('price adjustment factor (which replaced');
  });

  it("passes the edition sweep's page checks: no missing value, empty heading or table, word against its fact; no later date in Statistics, Monetary policy or The economy", () => {
    const { problems } = checkBuiltSite(out, '2008-12-30');
    expect(problems.filter((p) => p.check !== 'date-after-as-of').map((p) => `${p.check} ${p.page}: ${p.detail}`)).toEqual([]);
    const later = problems.filter((p) => p.check === 'date-after-as-of' && /\/(statistics|macro|economy)\/$/.test(p.page));
    expect(later.map((p) => `${p.page}: ${p.detail}`)).toEqual([]);
  });
});
