/**
 * The Ministry of Health, Labour and Welfare's open-data file of newly confirmed COVID-19 cases
 * (`newly_confirmed_cases_daily.csv`): UTF-8 with a BOM, `Date,ALL,Hokkaido,…,Okinawa` (the national
 * count, then the 47 prefectures), dates written `2020/1/16`, some prefecture cells with a trailing
 * space. The ingest reads the national column `ALL` into `covidCases`; a prefecture can be read with
 * `--column <prefecture> --series covidCases` only by choice.
 */

/** Prefecture headers that, with `Date` and `ALL`, identify the MHLW layout. */
const MHLW_MARKERS = ['hokkaido', 'tokyo', 'okinawa'];

/** Whether a header (as read) is MHLW's newly-confirmed-cases layout. */
export function isMhlwCasesHeader(header: readonly string[]): boolean {
  const h = header.map((c) => c.trim().toLowerCase());
  return h[0] === 'date' && h[1] === 'all' && MHLW_MARKERS.every((m) => h.includes(m));
}

/** The value column of the MHLW layout (lower case, as matched): the all-Japan count. */
export const MHLW_VALUE_COLUMN = 'all';
