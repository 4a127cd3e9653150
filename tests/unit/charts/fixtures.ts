/** Small fixed inputs for the chart tests: 30 business days from 2021-09-01, no randomness. */
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from '../../../src/lib/charts/theme';
import type { DatedValue } from '../../../src/lib/charts/types';

/** 30 weekday dates starting Wed 1 Sep 2021 (UTC). */
export function businessDays(start: string, n: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); out.length < n; t += 86_400_000) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

export const DATES = businessDays('2021-09-01', 30);

/** A gentle zig-zag around 29,000 with its high on the 10th day (30,670.10) and low on the 25th (27,500.00). */
export const LEVELS: DatedValue[] = DATES.map((date, i) => ({
  date,
  value: i === 9 ? 30_670.1 : i === 24 ? 27_500 : 29_000 + (i % 5) * 120 - (i % 3) * 80,
}));

/** Compile with Vega-Lite, returning the warnings it logged (an error throws). */
export function compileWarnings(spec: TopLevelSpec): string[] {
  const warnings: string[] = [];
  const logger = {
    level(_?: number) {
      return _ === undefined ? 2 : logger;
    },
    error(...args: unknown[]): never {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  compile(spec, { logger });
  return warnings;
}

/** The text of every `<text>` element in an SVG string, in document order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

/**
 * The spec for snapshotting, with its theme config (tested in theme.test.ts) replaced by a marker, so a theme
 * tweak does not rewrite every builder snapshot. Also checks the builder attached the right theme.
 */
export function snapshotView(spec: TopLevelSpec, locale: 'zh' | 'en'): Record<string, unknown> {
  const { config, ...rest } = spec as TopLevelSpec & { config?: unknown };
  if (JSON.stringify(config) !== JSON.stringify(chartConfig(locale))) throw new Error(`spec lacks chartConfig('${locale}')`);
  return { ...rest, config: `chartConfig('${locale}')` };
}
