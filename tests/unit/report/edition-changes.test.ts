import { describe, expect, it } from 'vitest';
import { REPORT_CONFIG } from '../../../src/lib/config/active';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { isStringKey } from '../../../src/lib/i18n/t';
import { CHANGE_FIGURES, CHANGE_WORDS, editionChanges } from '../../../src/lib/report/edition-changes';
import { buildReport } from '../../../src/lib/report/report';
import { loadReportInputs } from '../../../src/lib/report/report-fs';
import { resolvePublished } from '../../../src/lib/report/published';
import { DATA_DIR, PINNED_AS_OF } from '../../lib/pinned';

/**
 * The comparison over every published edition of the report config (and the pinned latest): each
 * key figure exists in each, each word the data choose has its words in every language, and each
 * change is the newer fact minus the older.
 */
const inputs = loadReportInputs(DATA_DIR);
const latest = buildReport(inputs, PINNED_AS_OF);
const editions = resolvePublished(REPORT_CONFIG.editions, latest.series[REPORT_CONFIG.index.series].dates, latest.edition.asOf, 'report.config.ts');
const reports = new Map(editions.map((e) => [e.id, e.latest ? latest : buildReport(inputs, e.requested ?? undefined)]));

describe('editionChanges over the published editions', () => {
  it('has every published quarter-end since 2021 before the pinned latest', () => {
    expect(editions.length).toBeGreaterThanOrEqual(23);
    expect(editions.at(-1)?.asOf).toBe('2021-03-31');
  });

  it.each(editions.filter((e) => !e.latest).map((e) => e.id))('compares %s with the edition after it: every key figure, new minus old', (id) => {
    const i = editions.findIndex((e) => e.id === id);
    const [older, newer] = [editions[i]!, editions[i - 1]!];
    const [a, b] = [reports.get(older.id)!, reports.get(newer.id)!];
    const c = editionChanges({ ref: older, report: a }, { ref: newer, report: b, latest: newer.latest }, inputs.curated.overview.changes, []);
    expect(c.figures.map((f) => f.id)).toEqual(CHANGE_FIGURES.map((f) => f.id));
    for (const f of c.figures) {
      expect(f.from).toBe(a.index.get(f.fact)?.value);
      expect(f.to).toBe(b.index.get(f.fact)?.value);
      expect(f.change).toBe(f.to - f.from);
    }
    for (const w of c.words) {
      for (const l of LOCALES) for (const v of [w.from, w.to]) expect(isStringKey(`changes.word.${w.id}.${v}`), `${l} changes.word.${w.id}.${v}`).toBe(true);
    }
  });

  it('has words in every language for every value each edition chose', () => {
    const missing: string[] = [];
    for (const r of reports.values()) {
      for (const w of CHANGE_WORDS) {
        const v = r.index.get(w.fact)?.value;
        if (typeof v !== 'string') missing.push(`${r.edition.asOf} ${w.fact}: no word`);
        else if (v !== 'na' && v !== 'unknown' && !isStringKey(`changes.word.${w.id}.${v}`)) missing.push(`${r.edition.asOf} changes.word.${w.id}.${v}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses to compare an edition with a newer one', () => {
    const [newer, older] = [editions[0]!, editions[1]!];
    expect(() => editionChanges({ ref: newer, report: reports.get(newer.id)! }, { ref: older, report: reports.get(older.id)!, latest: false }, [], [])).toThrow(
      /is not older than/,
    );
  });

  it('takes revisions of values the older edition showed that were accepted after its date', () => {
    const [newer, older] = [editions[0]!, editions[1]!];
    const rev = (date: string, ingestedAt: string) => ({ series: 'n225', date, old: '1.0000', new: '2.0000', ingestedAt });
    const c = editionChanges(
      { ref: older, report: reports.get(older.id)! },
      { ref: newer, report: reports.get(newer.id)!, latest: true },
      [],
      [rev(older.asOf, `${older.asOf}T09:00:00.000Z`), rev(older.asOf, `${newer.asOf}T09:00:00.000Z`), rev(newer.asOf, `${newer.asOf}T09:00:00.000Z`)],
    );
    expect(c.revisions).toEqual([{ series: 'n225', date: older.asOf, old: '1.0000', new: '2.0000' }]);
  });
});
