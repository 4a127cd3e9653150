import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstituents } from '../../../src/lib/data/constituents';
import { loadConstituents } from '../../../src/lib/data/constituents-fs';
import { DataError } from '../../../src/lib/data/data-error';
import { loadOverviewCurated } from '../../../src/lib/data/curated/overview-fs';

const FIX = path.join(__dirname, '../../fixtures/constituents');
const DATA = path.join(__dirname, '../../../data');
const INDUSTRIES = ['自動車', '電気機器', '小売業'];
const parseFixture = (name: string) => parseConstituents(readFileSync(path.join(FIX, name), 'utf8'), `fixtures/${name}`, INDUSTRIES);

function failure(name: string): DataError {
  try {
    parseFixture(name);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error(`${name} was accepted`);
}

describe('parseConstituents(text, file, industries)', () => {
  it('reads codes (alphanumeric ones too), names and industries with their lines', () => {
    const rows = parseFixture('good.csv');
    expect(rows.map((r) => r.code)).toEqual(['7203', '285A', '9983']);
    expect(rows[1]).toEqual({ code: '285A', name: 'キオクシアホールディングス', industry: '電気機器', line: 3 });
  });

  it('fails loudly on an industry the sector map does not know, naming it with file:line:column', () => {
    const e = failure('unknown-industry.csv');
    expect(e.message).toMatch(/^fixtures\/unknown-industry\.csv:3:3: "小売り" breaks the rule: .*unknown industry "小売り"/);
  });

  it.each([
    ['bad-code.csv', 3, 1, '72-3', /TSE code/],
    ['duplicate-code.csv', 3, 1, '7203', /no duplicate codes \(also on line 2\)/],
    ['swapped-header.csv', 1, 2, 'sector', /header must be code,name,sector/],
    ['empty-name.csv', 2, 2, '', /not empty/],
  ])('rejects %s at line %i, column %i', (name, line, column, value, rule) => {
    const e = failure(name);
    expect([e.line, e.column, e.value]).toEqual([line, column, value]);
    expect(e.rule).toMatch(rule);
  });
});

describe('loadConstituents and loadOverviewCurated on the real data', () => {
  it('validates all 225 rows of data/constituents.csv against the 36 industries of the curated map', () => {
    const curated = loadOverviewCurated(DATA);
    expect(curated.sectorMap.industries).toHaveLength(36);
    expect(curated.sectorMap.sectors).toHaveLength(6);
    expect(curated.constituents).toHaveLength(225);
    expect(new Set(curated.constituents.map((c) => c.industry)).size).toBe(34);
  });

  it('refuses the real file when the map lacks one of its industries', () => {
    expect(() => loadConstituents(['自動車'], DATA)).toThrow(/data\/constituents\.csv:\d+:3: .*unknown industry/);
  });
});
