import { parseCsv } from './csv';
import { DataError } from './data-error';
import { finiteValue, isoDate, positivePrice, ruleOf } from './schemas';
import type { Frequency, KnownArtefact, SeriesDefinition, SeriesId } from './series-catalog';

/**
 * A validated daily (or monthly) series: dates strictly increasing, one value per date.
 * `times[i]` is `dates[i]` as UTC milliseconds, for the stats layer, which never sees date strings.
 */
export interface Series {
  id: SeriesId;
  unit: string;
  frequency: Frequency;
  /** Days after its period ends before an observation is public (see SeriesDefinition). */
  publicationLagDays: number;
  dates: string[];
  times: number[];
  values: number[];
  /** Artefact rows that were present in the file and dropped by name. */
  dropped: KnownArtefact[];
  /** Rows skipped because they held a documented missing-value marker. */
  missing: number;
}

/** UTC milliseconds of an ISO date (YYYY-MM-DD). */
export function isoToTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/**
 * Validates CSV text against a series definition and returns the series. Pure: the caller reads the file.
 * Fails with a {@link DataError} naming file, line, column, value and rule on the first bad cell.
 */
export function parseSeries(def: SeriesDefinition, text: string, file: string): Series {
  const { header, rows } = parseCsv(text, file);
  def.columns.forEach((name, i) => {
    if (header[i] !== name) {
      throw new DataError({ file, line: 1, column: i + 1, value: header[i] ?? '', rule: `the header must be ${def.columns.join(',')}` });
    }
  });
  if (header.length !== def.columns.length) {
    throw new DataError({ file, line: 1, column: def.columns.length + 1, value: header.join(','), rule: `the header must be ${def.columns.join(',')}` });
  }
  if (rows.length === 0) {
    throw new DataError({ file, line: 2, column: 1, value: '', rule: 'the file must hold at least one data row' });
  }
  const artefacts = new Map(def.artefacts.map((a) => [a.date, a]));
  const valueSchema = def.positive ? positivePrice : finiteValue;
  const out: Series = { id: def.id, unit: def.unit, frequency: def.frequency, publicationLagDays: def.publicationLagDays, dates: [], times: [], values: [], dropped: [], missing: 0 };
  let prev: { date: string; line: number } | undefined;
  for (const { line, cells } of rows) {
    const [rawDate = '', rawValue = ''] = cells;
    const date = isoDate.safeParse(rawDate);
    if (!date.success) throw new DataError({ file, line, column: 1, value: rawDate, rule: ruleOf(date.error) });
    if (prev && date.data <= prev.date) {
      const rule = date.data === prev.date ? `no duplicate dates (also on line ${prev.line})` : `dates strictly increasing (line ${prev.line} has ${prev.date})`;
      throw new DataError({ file, line, column: 1, value: rawDate, rule });
    }
    prev = { date: date.data, line };
    const artefact = artefacts.get(date.data);
    if (artefact) {
      out.dropped.push(artefact);
      continue;
    }
    if (def.missingMarkers.includes(rawValue)) {
      out.missing += 1;
      continue;
    }
    const value = valueSchema.safeParse(rawValue);
    if (!value.success) throw new DataError({ file, line, column: 2, value: rawValue, rule: ruleOf(value.error) });
    out.dates.push(date.data);
    out.times.push(isoToTime(date.data));
    out.values.push(value.data);
  }
  return out;
}

/**
 * The last day of the period an observation dated `date` covers: the date itself for daily and step
 * series, the month's or quarter's last day for monthly and quarterly ones (dated on their first day).
 */
export function periodEnd(date: string, frequency: Frequency): string {
  if (frequency === 'daily' || frequency === 'steps') return date;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const lastMonth = frequency === 'monthly' ? m : m + 2;
  const end = new Date(Date.UTC(y, lastMonth, 0));
  return end.toISOString().slice(0, 10);
}

/** The first date on which an observation dated `date` is public: its period's end plus the lag. */
export function publishedOn(date: string, frequency: Frequency, lagDays: number): string {
  const end = new Date(`${periodEnd(date, frequency)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + lagDays);
  return end.toISOString().slice(0, 10);
}

/**
 * The series as an edition dated `asOf` (ISO) knows it: the observations published by then — their
 * period over and the publisher's usual lag passed. A month's figure belongs to an edition only once
 * it was out, so no edition looks past its own date.
 */
export function truncateSeries(series: Series, asOf: string): Series {
  let n = series.dates.length;
  while (n > 0 && publishedOn(series.dates[n - 1] as string, series.frequency, series.publicationLagDays) > asOf) n -= 1;
  return { ...series, dates: series.dates.slice(0, n), times: series.times.slice(0, n), values: series.values.slice(0, n) };
}

/** One observation: an ISO date and its value (the unit is the series' or the dataset's own). */
export interface DatedValue { date: string; value: number }
