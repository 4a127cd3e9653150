import type { Fact } from '../../lib/report/fact';
import type { Report } from '../../lib/report/report';
import { fact, type TableModel } from '../../lib/report/table-model';
import { PARTS } from './gdp-parts';

const num = (value: number | string | null, unit: Fact['unit'] = 'ratio'): Fact => ({ value, unit });

/** Real GDP's q/q growth and each part's pull, by quarter (ESRI's official contributions, percentage points). */
export function gdpPartsTable(r: Report): TableModel {
  return {
    id: 'economy-gdp-parts-table',
    columns: [{ key: 'col.economy.quarter' }, { key: 'col.economy.gdpQoq' }, ...PARTS.map((p): TableModel['columns'][number] => ({ key: `chart.economy.part.${p}` }))],
    rows: [...r.datasets.economy.gdpParts.rows].reverse().map((q) => ({
      label: fact(num(q.date, 'quarter')),
      cells: [fact(num(q.total), { signed: true, digits: 1 }), ...PARTS.map((p) => fact(num(q.parts[p]), { signed: true, digits: 1 }))],
    })),
  };
}

/** The COVID-19 waves found in the data, with the Nikkei 225's change over each. */
export function covidWavesTable(r: Report): TableModel {
  return {
    id: 'economy-covid-waves',
    columns: [
      { key: 'col.economy.wave' },
      { key: 'col.economy.waveStart' },
      { key: 'col.economy.wavePeak' },
      { key: 'col.economy.wavePeakAverage' },
      { key: 'col.economy.waveEnd' },
      { key: 'col.economy.n225ToPeak' },
      { key: 'col.economy.n225OverWave' },
    ],
    rows: r.datasets.economy.covid.waves.map((w, i) => ({
      label: fact(num(i + 1, 'count')),
      cells: [
        fact(num(w.start, 'date')),
        fact(num(w.peak, 'date')),
        fact(num(Math.round(w.peakAverage), 'count')),
        fact(num(w.end, 'date')),
        fact(num(w.n225ToPeak, 'pct'), { signed: true, digits: 1 }),
        fact(num(w.n225Change, 'pct'), { signed: true, digits: 1 }),
      ],
    })),
  };
}
