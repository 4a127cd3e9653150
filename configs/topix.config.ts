/**
 * A sister report on TOPIX (Tokyo Stock Price Index): the engine chapters — Statistics, with the
 * five-year comparison with the CSI 300, and the Data page — for TOPIX, built with
 * `REPORT_CONFIG=topix npm run build` into dist-topix/. The data are data/topix.csv (JPX; data/README.md).
 */
import { LOCALES } from '../src/lib/i18n/locales';
import { defineReportConfig } from '../src/lib/config/schema';

export default defineReportConfig({
  id: 'topix',
  pdfName: 'topix-report',
  outDir: 'dist-topix',
  subtitle: {
    zh: '由数据生成的指数研究：走势、统计与风险、与沪深300的比较',
    en: 'Index research generated from data: trend, statistics and risk, and a comparison with the CSI 300',
  },
  index: {
    series: 'topix',
    file: 'topix.csv',
    names: { short: { zh: '东证指数', en: 'TOPIX' }, full: { zh: '东证指数', en: 'TOPIX' }, the: { zh: '东证指数', en: 'TOPIX' } },
    publisher: { zh: '日本交易所集团（JPX）', en: 'Japan Exchange Group (JPX)' },
    source: { zh: '日本交易所集团（JPX）数据文件', en: 'Japan Exchange Group (JPX) data files' },
    rights: {
      zh: '东证指数（TOPIX）由日本交易所集团（JPX）旗下的 JPX 综合研究所编制并拥有相关权利；指数数据来自 JPX 数据文件的公开镜像。',
      en: 'TOPIX is calculated by JPX Market Innovation & Research, a Japan Exchange Group (JPX) company, which holds the rights to the index; index data from JPX files as mirrored in public repositories.',
    },
    attribution: {
      zh: '东证指数（TOPIX）由日本交易所集团（JPX）旗下的 JPX 综合研究所编制并拥有相关权利',
      en: 'TOPIX index values © JPX Market Innovation & Research (Japan Exchange Group)',
    },
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
  chapters: ['statistics', 'valuation'],
  // The yen short rates give the Sharpe and Sortino ratios their risk-free rate, as in the Nikkei report.
  series: ['topix', 'csi300', 'callRate', 'policyRate'],
  seedChecks: false,
});
