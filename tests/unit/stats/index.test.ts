import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as stats from '../../../src/lib/stats/index';

const DIR = path.join(__dirname, '../../../src/lib/stats');

describe('stats/index', () => {
  it('re-exports every public export of every stats module', async () => {
    const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'validate.ts');
    expect(modules.length).toBeGreaterThan(5);
    for (const file of modules) {
      const mod = (await import(path.join(DIR, file))) as Record<string, unknown>;
      for (const name of Object.keys(mod)) expect((stats as Record<string, unknown>)[name], `${file}: ${name}`).toBe(mod[name]);
    }
  });

  it('offers the functions the report builds on', () => {
    for (const name of [
      'simpleReturns',
      'describe',
      'maxDrawdown',
      'sharpeRatio',
      'correlation',
      'linearRegression',
      'movingAverage',
      'periodReturns',
      'histogram',
      'percentileRank',
    ]) {
      expect(typeof (stats as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
