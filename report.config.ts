/**
 * The report this project builds by default: the Nikkei 225, compared with the CSI 300, on the Tokyo
 * calendar, in the report's languages, with every chapter of the registry (no `chapters` field: all of
 * src/chapters/registry.ts, in its order). `REPORT_CONFIG=<id>` selects another config from configs/ (see
 * configs/index.ts); src/lib/config/schema.ts documents and validates every field.
 */
import { LOCALES } from './src/lib/i18n/locales';
import { defineReportConfig } from './src/lib/config/schema';

export default defineReportConfig({
  id: 'nikkei225',
  pdfName: 'nikkei225-report',
  outDir: 'dist',
  subtitle: {
    zh: '由数据生成的指数研究：走势、统计与风险、宏观与政策、期货与基金、展望',
    en: 'Index research generated from data: history, statistics and risk, macro and policy, futures and funds, outlook',
  },
  index: {
    series: 'n225',
    file: 'n225.csv',
    names: { short: { zh: '日经225', en: 'Nikkei 225' }, full: { zh: '日经225指数', en: 'Nikkei 225' }, the: { zh: '日经225', en: 'the Nikkei 225' } },
    publisher: { zh: '日本经济新闻社', en: 'Nikkei Inc.' },
    source: { zh: '日本经济新闻社（日经225）', en: 'Nikkei Inc. (Nikkei 225)' },
    rights: {
      zh: '日经225指数由日本经济新闻社（Nikkei Inc.）编制并拥有相关权利。',
      en: 'The Nikkei 225 is calculated by Nikkei Inc., which holds the rights to the index.',
    },
    attribution: { zh: '日经225指数由日本经济新闻社（Nikkei Inc.）编制并拥有相关权利', en: 'Nikkei 225 index values © Nikkei Inc.' },
  },
  comparators: [
    {
      series: 'csi300',
      names: { short: { zh: '沪深300', en: 'CSI 300' }, full: { zh: '沪深300指数', en: 'CSI 300' }, the: { zh: '沪深300', en: 'the CSI 300' } },
      publisher: { zh: '中证指数有限公司', en: 'China Securities Index Co.' },
    },
  ],
  calendar: 'tokyo',
  locales: [...LOCALES],
  series: [
    'n225',
    'csi300',
    'usdjpy',
    'etf1321',
    'etf513520',
    'etf513000',
    'etf513880',
    'etf159866',
    'nikkeiVi',
    'n225Futures',
    'bojAssets',
    'gdpReal',
    'gdpNominal',
    'cpi',
    'jgb10y',
    'callRate',
    'policyRate',
    'topix',
    'jgb10yDaily',
    'perMonthly',
    'pbrMonthly',
    'dyMonthly',
    'per',
    'pbr',
    'dy',
    'covidCases',
    'bojEtf',
  ],
  seedChecks: true,
  /**
   * Published editions: every quarter-end since 2021 (a weekend or holiday is the last trading day
   * before it) and the latest. `npm run build:archive` builds each at /editions/<date>/<lang>/…
   */
  editions: [
    { date: '2021-03-31' },
    { date: '2021-06-30' },
    { date: '2021-09-30' },
    { date: '2021-12-31' },
    { date: '2022-03-31' },
    { date: '2022-06-30', note: { zh: '2022年日经225研究报告的统计窗口截止日', en: "The end of the 2022 Nikkei 225 report's statistics window" } },
    { date: '2022-09-30' },
    { date: '2022-12-31' },
    { date: '2023-03-31' },
    { date: '2023-06-30' },
    { date: '2023-09-30' },
    { date: '2023-12-31' },
    { date: '2024-03-31' },
    { date: '2024-06-30' },
    { date: '2024-09-30' },
    { date: '2024-12-31' },
    { date: '2025-03-31' },
    { date: '2025-06-30' },
    { date: '2025-09-30' },
    { date: '2025-12-31' },
    { date: '2026-03-31' },
    { date: '2026-06-30' },
    { date: 'latest' },
  ],
});
