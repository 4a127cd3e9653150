import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../lib/shared-builds';
import { brokenLinks } from './lib/site';

/**
 * An edition from before the ETFs' later history, the policy-rate file and the seed's window
 * (REPORT_AS_OF=2012-06-29): every chapter must still build, say what it lacks, and number only the
 * figures it can show.
 */
let out: string;

beforeAll(() => {
  out = sharedSite({ asOf: '2012-06-29' });
});

describe('an early edition (2012-06-29), built', () => {
  it('dates itself from the data and leaves out what it has no data for', () => {
    const { edition, facts } = JSON.parse(readFileSync(path.join(out, 'data/facts.json'), 'utf8'));
    expect(edition.asOf).toBe('2012-06-29');
    expect(facts.statistics.seedCheck.available).toBe(false);
    expect(facts.data.policyRate.available).toBe(false);
    expect(facts.outlook.ideas.defensive).toBe('unknown');
  });

  it('states only the rules, terms and facts that held, and were known, on its date', () => {
    const text = (p: string) =>
      readFileSync(path.join(out, p), 'utf8')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    const ov = text('en/index.html');
    expect(ov).toContain('listed on the First Section of the Tokyo Stock Exchange');
    expect(ov).toContain('reviewed once a year');
    expect(ov).not.toMatch(/Prime Market|capped constituent weights|Weight cap/);
    expect(ov).toContain('Members on Jun 29, 2012');
    expect(text('zh/index.html')).toContain('股价按“假定面值”50日元换算后计入指数');
    expect(text('zh/index.html')).not.toMatch(/Prime市场|权重上限|股价换算系数”后计入/);
    expect(text('en/derivatives/index.html')).not.toContain("checked against the exchanges' published pages on");
    expect(text('en/macro/index.html')).toContain('since December 2010 the BOJ has bought ETFs');
    expect(text('en/macro/index.html')).not.toContain('decided to stop new purchases');
    expect(text('en/methodology/index.html')).toContain('converted to a “presumed par value” of 50 yen');
    const data = text('en/data/index.html');
    expect(data).toMatch(/after this edition(’|'|&#39;)s date/);
    expect(data).not.toMatch(/Nov 21, 2026/);
  });

  it('summarises each chapter as this edition reads it: no check of documents written later', () => {
    const home = readFileSync(path.join(out, 'en/index.html'), 'utf8');
    const meta = (p: string) => /<meta name="description" content="([^"]*)"/.exec(readFileSync(path.join(out, p), 'utf8'))?.[1] ?? '';
    // No fund data before 2016: the futures chapter promises no funds, and the funds chapter says it has none.
    expect(meta('en/derivatives/index.html')).toMatch(/^Nikkei 225 futures — where and since when they trade, their contract terms and what one contract is worth[^]*\.$/);
    expect(meta('en/derivatives/index.html')).not.toMatch(/fund/);
    expect(meta('en/funds/index.html')).toBe('No prices of exchange-traded funds tracking the Nikkei 225 reach this edition’s date.');
    expect(meta('en/macro/index.html')).toMatch(/rates and monetary policy as far as this edition(&#39;|'|’)s data reach\.$/);
    expect(meta('en/methodology/index.html')).not.toMatch(/documents|verdict/);
    expect(meta('zh/macro/index.html')).not.toContain('核对');
    expect(home).not.toMatch(/published claims|published macro figures|line-by-line check/);
    expect(home).not.toContain('[[');
  });

  it('resolves every internal link and cross-reference', () => {
    expect(brokenLinks(out, undefined, { skipSearch: true })).toEqual([]);
  });
});
