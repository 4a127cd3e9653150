import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, type ChartTexts } from '../../lib/charts/figure-specs';
import { macroCharts } from './charts';
import { figureEntry, figureShown } from '../../lib/report/figure-list';
import { loadReportInputs } from '../../lib/report/report-fs';
import { buildReport, type Report } from '../../lib/report/report';
import { compileWarnings } from '../../../tests/unit/charts/fixtures';
import { DATA_DIR, PINNED_AS_OF } from '../../../tests/lib/pinned';

const DATA = DATA_DIR;
const tx: ChartTexts = { label: (k) => k, marker: (kind) => kind, format: (v) => String(v) };
let editions: Report[];

beforeAll(() => {
  const inputs = loadReportInputs(DATA);
  editions = [PINNED_AS_OF, '2022-06-30', '2012-06-29'].map((d) => buildReport(inputs, d));
});

describe("the Macro chapter's charts", () => {
  it('compile without warnings in every edition and language where they are shown, and are left out (never drawn empty) where an edition has too little data', () => {
    let hidden = 0;
    for (const r of editions) {
      for (const id of Object.keys(macroCharts)) {
        if (!figureShown(figureEntry(id), r)) {
          hidden += 1;
          continue;
        }
        for (const locale of ['zh', 'en'] as const) {
          expect(compileWarnings(chartSpec(id, r, locale, tx)), `${id} ${r.edition.asOf} ${locale}`).toEqual([]);
        }
      }
    }
    // The 2012 edition predates the 2025 note's data: its chart is left out.
    expect(hidden).toBeGreaterThan(0);
  });

  it('mark each policy-rate increase up to the edition, and label the latest with its rate', () => {
    const spec = JSON.stringify(chartSpec('macro-rates', editions[0] as Report, 'en', tx));
    expect(spec).toContain('"2026-06-17"');
    expect(spec).toContain('"label":"0.01"');
    expect(JSON.stringify(chartSpec('macro-rates', editions[1] as Report, 'en', tx))).not.toContain('2024-03-21');
  });
});
