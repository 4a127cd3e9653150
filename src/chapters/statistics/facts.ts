import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { flag } from '../../lib/report/fact';
import { riskFreeRate } from './risk-free';
import { seedCheck } from './seed-check';
import { statistics, type StatisticsDatasets } from './window';

/**
 * Facts and datasets of the Statistics chapter for one edition: the report's index over the statistics
 * window (Sharpe and Sortino against the short rate paid over it, window.ts) and, under `seedCheck`, the
 * check of the 2022 report's figures, made only in reports that check the seed documents and in editions
 * that know the report.
 */
export function statisticsFacts(ctx: ChapterContext): ChapterResult<StatisticsDatasets> {
  const { series, edition, config } = ctx;
  const stats = statistics(series[config.index.series], edition, riskFreeRate(series.callRate, series.policyRate, edition.statsWindow.start, edition.asOf));
  const rates = { call: series.callRate, policy: series.policyRate };
  return {
    facts: {
      ...stats.facts,
      seedCheck: config.seedChecks && ctx.knows.r2022 ? seedCheck(series.n225, series.csi300, ctx.seedClaims, ctx.seedChecks, rates) : { available: flag(false) },
    },
    datasets: stats.datasets,
  };
}
