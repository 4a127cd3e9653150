import { beforeAll, describe, expect, it } from 'vitest';
import { resolveMdx, tagAttrs } from '../../../scripts/lib/editions/mdx-resolve';
import { loadReportInputs } from '../../../src/lib/report/report-fs';
import { buildReport, type Report } from '../../../src/lib/report/report';
import { DATA_DIR } from '../../lib/pinned';

let early: Report;
beforeAll(() => {
  early = buildReport(loadReportInputs(DATA_DIR), '2012-06-29');
});
const details = (mdx: string) => resolveMdx('x.mdx', mdx, early, 'en').map((p) => `${p.line}: ${p.detail}`);

describe('resolveMdx(file, mdx, report, locale)', () => {
  it('passes what the edition can show', () => {
    expect(
      details('As of <V k="edition.asOf" /> it <Pick k="statistics.ytd.direction" up="rose" down="fell" /> (<Ref id="statistics-trend" />).\n\n<Figure id="statistics-trend" />'),
    ).toEqual([]);
  });

  it('finds an unknown fact, a word choice without words for the value, and a figure without data', () => {
    expect(details('<V k="stats.nope" />\n<Pick k="statistics.ytd.direction" sideways="x" />\n<Figure id="statistics-seed-check" />')).toEqual([
      '1: <V k="stats.nope">: unknown fact',
      `2: <Pick k="statistics.ytd.direction"> has no words for "${String(early.index.get('statistics.ytd.direction')?.value)}"`,
      '3: <Figure id="statistics-seed-check">: the figure has no data in this edition',
    ]);
  });

  it('looks only at what a false <When> does not hide, nested ones included', () => {
    const mdx =
      '<When k="statistics.seedCheck.available"><Figure id="statistics-seed-check" /><V k="stats.nope" /></When>\n<When k="statistics.seedCheck.available" is="false">shown <When k="stats.nope2">x</When></When>';
    expect(details(mdx)).toEqual(['2: <When k="stats.nope2">: unknown fact']);
  });

  it('finds a fact shown without a value', () => {
    expect(details('<V k="data.policyRate.last" />')).toEqual(['1: <V k="data.policyRate.last"> has no value in this edition (it would print "—")']);
  });

  it('reads quoted, braced and bare attributes', () => {
    expect(tagAttrs('<V k="a.b" digits={0} signed />')).toEqual({ k: 'a.b', digits: '0', signed: true });
  });
});

describe('scanDates(tradingDates, stepMonths)', () => {
  it('starts at the first edition the data allow and ends at the last date, with month-ends between', async () => {
    const { scanDates } = await import('../../../scripts/lib/editions/sweep');
    const dates = ['1965-01-05', '1965-06-30', '1966-01-04', '1966-01-05', '1966-02-01', '1966-03-31', '1966-04-08'];
    expect(scanDates(dates)).toEqual(['1966-01-04', '1966-01-31', '1966-02-28', '1966-03-31', '1966-04-08']);
    expect(scanDates(dates, 2)).toEqual(['1966-01-04', '1966-01-31', '1966-03-31', '1966-04-08']);
  });
});
