/**
 * The series this report reads from `data/`, with the facts about each source that code must know:
 * which columns hold what, the unit, the calendar, and the documented quirks handled by name.
 * Human-facing provenance (source, licence, span) lives in data/README.md.
 */

export type SeriesId =
  | 'n225' | 'topix' | 'csi300' | 'usdjpy' | 'etf1321' | 'etf513520' | 'etf513000' | 'etf513880' | 'etf159866' | 'nikkeiVi' | 'n225Futures'
  | 'bojAssets' | 'gdpReal' | 'gdpNominal' | 'cpi' | 'jgb10y' | 'callRate' | 'policyRate'
  | 'jgb10yDaily' | 'perMonthly' | 'pbrMonthly' | 'dyMonthly' | 'per' | 'pbr' | 'dy'
  | 'covidCases' | 'bojEtf';

/**
 * How often a series is observed. Monthly and quarterly observations are dated on the first day of
 * their period (FRED's convention): `2022-04-01` in a quarterly file is 2022 Q2.
 * `steps` is a step function: each row is the value in force from that date on.
 */
export type Frequency = 'daily' | 'monthly' | 'quarterly' | 'steps';

/** A row the source publishes although nothing traded that day; dropped by date, never silently. */
export interface KnownArtefact {
  date: string;
  reason: string;
}

export interface SeriesDefinition {
  id: SeriesId;
  /** File name inside the data directory. */
  file: string;
  /** Header the canonical file must have, in order. */
  columns: readonly [date: string, value: string];
  /** Unit of the value column. */
  unit: string;
  frequency: Frequency;
  /**
   * Days after the end of an observation's period before it is published (a conservative round figure
   * from the publisher's release calendar). An edition includes an observation only once it was
   * public on the edition's date, so a past edition never uses figures released after it.
   */
  publicationLagDays: number;
  /** Values must be strictly positive (prices, index levels) rather than merely finite (rates). */
  positive: boolean;
  artefacts: readonly KnownArtefact[];
  /** Cell texts that mean "no observation" in this source; such rows are skipped and counted. */
  missingMarkers: readonly string[];
  /**
   * The date the publisher stopped the series (ISO), when it did: an edition after it names the series'
   * own end and never calls it stale. Undefined for series still published.
   */
  endedOn?: string;
  /** Rows only on days something happened (a purchase): a stretch without rows is not a late series. */
  eventsOnly?: boolean;
}

type Options = Partial<Pick<SeriesDefinition, 'artefacts' | 'missingMarkers' | 'publicationLagDays' | 'endedOn' | 'eventsOnly'>>;

function def(id: SeriesId, file: string, value: string, unit: string, frequency: Frequency, positive: boolean, opts: Options = {}): SeriesDefinition {
  return {
    id, file, columns: ['date', value], unit, frequency, positive,
    publicationLagDays: opts.publicationLagDays ?? 0,
    artefacts: opts.artefacts ?? [],
    missingMarkers: opts.missingMarkers ?? [],
    ...(opts.endedOn ? { endedOn: opts.endedOn } : {}),
    ...(opts.eventsOnly ? { eventsOnly: true } : {}),
  };
}

export const SERIES: Readonly<Record<SeriesId, SeriesDefinition>> = {
  n225: def('n225', 'n225.csv', 'close', 'index points', 'daily', true, {
    artefacts: [
      { date: '1986-03-21', reason: 'Vernal Equinox Day: the exchange was closed; the source carries a round-valued row' },
      { date: '1986-09-15', reason: 'Respect for the Aged Day: the exchange was closed; the source carries a round-valued row' },
      { date: '1986-09-23', reason: 'Autumnal Equinox Day: the exchange was closed; the source carries a round-valued row' },
      { date: '1997-02-11', reason: 'National Foundation Day: the exchange was closed; Yahoo carries a spurious row' },
      { date: '2018-07-16', reason: 'Marine Day: the exchange was closed; the row repeats the previous close' },
    ],
  }),
  // TOPIX (Tokyo Stock Price Index), the index of the sister report configs/topix.config.ts. The sources'
  // stale 2020-10-01 row (exchange outage) is skipped by ingest (series-sources.ts), so the file has none.
  topix: def('topix', 'topix.csv', 'close', 'index points', 'daily', true),
  csi300: def('csi300', 'csi300.csv', 'close', 'index points', 'daily', true),
  usdjpy: def('usdjpy', 'usdjpy.csv', 'jpy_per_usd', 'yen per US dollar', 'daily', true, { missingMarkers: ['.'] }),
  etf1321: def('etf1321', 'etf-1321.csv', 'close', 'yen per unit', 'daily', true, {
    artefacts: [{ date: '2020-10-01', reason: 'TSE system outage: no trading; the source row reads #VALUE!' }],
  }),
  etf513520: def('etf513520', 'etf-513520.csv', 'close', 'yuan per unit', 'daily', true),
  // The other three mainland-China Nikkei 225 ETFs (QDII), Shanghai (513000, 513880) and Shenzhen (159866).
  etf513000: def('etf513000', 'etf-513000.csv', 'close', 'yuan per unit', 'daily', true),
  etf513880: def('etf513880', 'etf-513880.csv', 'close', 'yuan per unit', 'daily', true),
  etf159866: def('etf159866', 'etf-159866.csv', 'close', 'yuan per unit', 'daily', true),
  // The Nikkei Stock Average Volatility Index: implied volatility of Nikkei 225 options, % a year. The data
  // have nothing from 2018-04-28 to 2023-01-03 (a gap in every source found, drawn as a gap).
  nikkeiVi: def('nikkeiVi', 'nikkei-vi.csv', 'close', 'percent a year (implied volatility, index points)', 'daily', true),
  // Nikkei 225 futures, a continuous front-month series (exchange and roll rule not stated by the source):
  // it trades on Japanese holidays and some Sundays, when Tokyo's cash market is closed.
  n225Futures: def('n225Futures', 'n225-futures.csv', 'close', 'index points', 'daily', true),
  // The BOJ publishes its month-end accounts within the first business days of the next month.
  bojAssets: def('bojAssets', 'boj-assets.csv', 'total_assets', '100 million yen (month-end)', 'monthly', true, { publicationLagDays: 7 }),
  // The Cabinet Office's first preliminary GDP estimate comes about six weeks after the quarter.
  gdpReal: def('gdpReal', 'gdp-real.csv', 'real_gdp', 'billions of chained 2020 yen, seasonally adjusted annual rate', 'quarterly', true, { publicationLagDays: 50 }),
  gdpNominal: def('gdpNominal', 'gdp-nominal.csv', 'nominal_gdp', 'billions of yen, seasonally adjusted annual rate', 'quarterly', true, { publicationLagDays: 50 }),
  // The nationwide CPI for a month is released around the 20th of the next month.
  cpi: def('cpi', 'cpi.csv', 'cpi', 'index, 2020 = 100, not seasonally adjusted', 'monthly', true, { publicationLagDays: 25 }),
  jgb10y: def('jgb10y', 'jgb10y.csv', 'yield_pct', 'percent a year (monthly average)', 'monthly', false),
  callRate: def('callRate', 'call-rate.csv', 'rate_pct', 'percent a year (monthly average)', 'monthly', false),
  policyRate: def('policyRate', 'boj-policy-rate.csv', 'rate_pct', 'percent a year (target in force from the date)', 'steps', false),
  // The Ministry of Finance's daily 10-year constant-maturity yield (jgbcm_all.csv), published the same evening.
  jgb10yDaily: def('jgb10yDaily', 'jgb10y-daily.csv', 'yield_pct', 'percent a year (MoF constant-maturity yield, daily)', 'daily', false),
  // The Nikkei 225's valuation as Nikkei Inc. publishes it each trading day: PER on forecast earnings
  // (the companies' own forecasts for the current fiscal year, index-weighted), PBR, dividend yield
  // (simple average). Monthly means from 2005, daily values from 2026; a month's mean is known at its end.
  perMonthly: def('perMonthly', 'n225-per-monthly.csv', 'per', 'times forecast earnings (monthly mean of daily values)', 'monthly', true),
  pbrMonthly: def('pbrMonthly', 'n225-pbr-monthly.csv', 'pbr', 'times book value (monthly mean of daily values)', 'monthly', true),
  dyMonthly: def('dyMonthly', 'n225-dividend-yield-monthly.csv', 'dividend_yield_pct', 'percent (monthly mean of daily values)', 'monthly', true),
  per: def('per', 'n225-per.csv', 'per', 'times forecast earnings (daily)', 'daily', true),
  pbr: def('pbr', 'n225-pbr.csv', 'pbr', 'times book value (daily)', 'daily', true),
  dy: def('dy', 'n225-dividend-yield.csv', 'dividend_yield_pct', 'percent (daily)', 'daily', true),
  // MHLW's daily count of newly confirmed COVID-19 cases, all Japan, by calendar day; reported the next day.
  // MHLW stopped daily reporting when COVID-19 became a Class 5 disease on 8 May 2023.
  covidCases: def('covidCases', 'covid-cases.csv', 'new_cases', 'persons a day (newly confirmed, all Japan)', 'daily', false, { publicationLagDays: 1, endedOn: '2023-05-08' }),
  // The BOJ's purchases of index-linked ETFs, one row per day it bought (published the same evening);
  // days without an operation have no row. New purchases ended by the decision of 19 March 2024.
  bojEtf: def('bojEtf', 'boj-etf-purchases.csv', 'index_etf', '100 million yen bought that day (index-linked ETFs)', 'daily', true, { endedOn: '2024-03-19', eventsOnly: true }),
};

export const SERIES_IDS = Object.keys(SERIES) as SeriesId[];
