/**
 * The as-of dates whose facts define the fact-key schema (fact-keys.ts): one edition per era of the
 * data, from the first the data allow to a recent fixed date, so every kind of passage (before the CSI
 * 300, before the BOJ series, the seed documents' editions, the latest policy hikes) is covered. Fixed
 * dates, so ingesting new data does not change the schema.
 */
export const FACT_KEY_EDITIONS: readonly string[] = [
  '1966-06-30',
  '1971-12-30',
  '1979-12-28',
  '1985-12-28',
  '1987-10-30',
  '1989-12-29',
  '1990-10-01',
  '1995-12-29',
  '2000-04-28',
  '2004-12-30',
  '2008-10-28',
  '2008-12-30',
  '2011-03-31',
  '2013-05-31',
  '2016-06-30',
  '2019-12-30',
  '2020-03-31',
  '2021-09-12',
  '2022-06-30',
  '2023-05-03',
  '2024-08-05',
  '2024-12-30',
  '2026-09-24',
];
