import { describe, expect, it } from 'vitest';
import { REPORT_CONFIGS } from '../../../configs/index';
import { CHAPTER_SLUGS } from '../../../src/chapters/registry';
import { selectReportConfig } from '../../../src/lib/config/active';
import { fillNames, reportNames } from '../../../src/lib/config/names';
import { validateReportConfig } from '../../../src/lib/config/schema';

const nikkei = REPORT_CONFIGS.nikkei225.config;

describe('selectReportConfig(REPORT_CONFIG)', () => {
  it('reads the Nikkei 225 report by default and TOPIX by name', () => {
    expect(selectReportConfig(undefined).index.series).toBe('n225');
    expect(selectReportConfig('').outDir).toBe('dist');
    const topix = selectReportConfig('topix');
    expect(topix.index.series).toBe('topix');
    expect(topix.outDir).toBe('dist-topix');
    expect(topix.chapters).toEqual(['statistics', 'valuation']);
  });

  it('names the choices for an unknown report', () => {
    expect(() => selectReportConfig('sp500')).toThrow('REPORT_CONFIG=sp500 names no report config: one of nikkei225, topix (configs/index.ts)');
  });
});

describe('validateReportConfig(config, file)', () => {
  const bad = (patch: object) => () => validateReportConfig({ ...nikkei, ...patch }, 'configs/bad.config.ts');

  it('names the file and the field of each mistake', () => {
    expect(bad({ index: { ...nikkei.index, series: 'nikkei' } })).toThrow(/configs\/bad\.config\.ts:\n {2}index\.series: "nikkei" is not a series of the catalogue/);
    expect(bad({ index: { ...nikkei.index, file: 'N225.csv' } })).toThrow('index.file: "N225.csv" is not the file of series n225 (n225.csv)');
    expect(bad({ chapters: ['statistics', 'statistics'] })).toThrow('chapters: lists a chapter twice');
    expect(bad({ chapters: ['statistcs'] })).toThrow(/chapters\.0: /);
    expect(bad({ comparators: [] })).toThrow('comparators: needs at least one comparison index');
    expect(bad({ series: ['n225'] })).toThrow('series: must include csi300 (the index or a comparator)');
    expect(bad({ outDir: '../elsewhere' })).toThrow('outDir: must be a plain folder name inside the project');
    expect(bad({ colour: 'blue' })).toThrow(/\(the config\): Unrecognized key: "colour"/);
  });

  it('requires every name in every language of the report', () => {
    const names = { ...nikkei.index.names, the: { zh: '日经225' } };
    expect(bad({ index: { ...nikkei.index, names } })).toThrow('index.names.the: has no words for the language "en"');
  });
});

describe('reportNames(locale) and fillNames(text, locale)', () => {
  it('gives the Nikkei 225 report its names with and without the article', () => {
    expect(reportNames('en')).toMatchObject({ index: 'Nikkei 225', theIndex: 'the Nikkei 225', TheIndex: 'The Nikkei 225', comparator: 'CSI 300' });
    expect(reportNames('zh')).toMatchObject({ index: '日经225', indexFull: '日经225指数', comparatorFull: '沪深300指数' });
    expect(reportNames('en', selectReportConfig('topix'))).toMatchObject({ index: 'TOPIX', TheIndex: 'TOPIX', indexPublisher: 'Japan Exchange Group (JPX)' });
  });

  it('fills only the names and leaves other braces alone', () => {
    expect(fillNames('{TheIndex} against {theComparator}; {statistics.window.end}', 'en')).toBe('The Nikkei 225 against the CSI 300; {statistics.window.end}');
  });
});

describe('the chapters of report.config.ts', () => {
  it("are left to the registry: every chapter, in its order (so a new chapter needs no edit here and numbering is the registry's)", () => {
    expect('chapters' in nikkei).toBe(false);
    expect(selectReportConfig(undefined).chapters).toEqual([...CHAPTER_SLUGS]);
  });
});
