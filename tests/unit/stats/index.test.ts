import { describe, expect, it } from 'vitest';
import * as stats from '../../../src/lib/stats/index';

describe('stats/index', () => {
  it('re-exports every public function of the stats modules', () => {
    const names = [
      'simpleReturns', 'cumulativeReturn', 'annualiseReturn', 'growthOf',
      'mean', 'populationVariance', 'populationStd', 'skewness', 'excessKurtosis', 'sampleExcessKurtosis', 'describe',
      'drawdownSeries', 'maxDrawdown', 'currentDrawdown',
      'annualisedVolatility', 'downsideDeviation', 'sharpeRatio', 'sortinoRatio', 'historicalVaR', 'historicalCVaR', 'quantile',
      'correlation', 'beta', 'linearRegression', 'crossCorrelation', 'rollingCorrelation',
      'rollingVolatility', 'rollingMean', 'movingAverage',
      'indexOnOrBefore', 'shiftMonths', 'periodReturn', 'periodReturns', 'calendarYearReturns',
      'histogram', 'normalPdf',
      'returnDifferences', 'trackingError',
    ];
    for (const name of names) expect(typeof (stats as Record<string, unknown>)[name], name).toBe('function');
    expect(Object.keys(stats).sort()).toEqual([...names].sort());
  });
});
