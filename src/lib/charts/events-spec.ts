import type { TopLevelSpec } from 'vega-lite';
import { logTicks } from './trend-spec';
import { asSpec, datedValues, extent, frame, reduceSeries, timeX, utcMs, DEFAULT_HEIGHT, DEFAULT_WIDTH, type Layer } from './spec-parts';
import { FONT_SIZE, PALETTE } from './theme';
import type { ChartBase, ChartText, DatedValue } from './types';

/** An event to mark: its number (the key into the events table), the series value that day and its kind. */
export interface EventMark {
  n: number;
  date: string;
  value: number;
  /** Localised kind name; must be one of the input's `kinds`. */
  kind: string;
  /** Side of the line the numbered badge goes; default above. */
  side?: 'above' | 'below';
}

export interface EventsInput extends ChartBase {
  /** Daily levels in date order, drawn on a log scale. */
  series: readonly DatedValue[];
  events: readonly EventMark[];
  /** Kinds in legend order with their colours (localised names). */
  kinds: readonly { name: string; colour: string }[];
  yFormat?: string;
  text: ChartText;
}

/** Badge geometry in user units: diameter, gap between badges, offset of a badge's centre from its point. */
export const BADGE = { diameter: 28, gap: 3, offset: 28 } as const;

/** Badge shape of each kind's position in the legend: a second encoding beside colour. */
export const BADGE_SHAPES = ['circle', 'square', 'diamond', 'M-1,-0.58L0,-1.15L1,-0.58L1,0.58L0,1.15L-1,0.58Z'] as const;

/** Approximate plot area of a chart: less the y labels and padding across, the legend and x axis down. */
function plotArea(width: number, height: number) {
  return { pw: Math.max(100, width - 90), ph: Math.max(80, height - 120) };
}

/** A badge placed: its side of the line, its event's x and its own x, in units from the plot's left edge. */
export interface PlacedBadge extends EventMark {
  side: 'above' | 'below';
  x0: number;
  x: number;
}

/**
 * Places numbered badges beside their points: each side of the line is one row of badges at a fixed
 * distance from its points; where points crowd, their badges spread sideways just enough not to overlap,
 * centred on the crowd (leaders join each badge to its point), and stay inside the plot.
 */
export function placeBadges(events: readonly EventMark[], dateRange: readonly [string, string], plotWidth: number): PlacedBadge[] {
  const [t0, t1] = [utcMs(dateRange[0]), utcMs(dateRange[1])];
  const step = BADGE.diameter + BADGE.gap;
  const r = BADGE.diameter / 2;
  const placed: PlacedBadge[] = [];
  for (const side of ['above', 'below'] as const) {
    const row = events
      .filter((e) => (e.side ?? 'above') === side)
      .map((e) => ({ ...e, side, x0: t1 > t0 ? ((utcMs(e.date) - t0) / (t1 - t0)) * plotWidth : plotWidth / 2, x: 0 }))
      .sort((a, b) => a.x0 - b.x0 || a.n - b.n);
    // Clusters of badges closer than a step: each cluster is laid out evenly around the mean of its points.
    const clusters = row.map((b) => ({ members: [b], centre: b.x0 }));
    for (let merged = true; merged;) {
      merged = false;
      for (let i = 1; i < clusters.length; i++) {
        const a = clusters[i - 1]!;
        const b = clusters[i]!;
        const aEnd = a.centre + ((a.members.length - 1) * step) / 2;
        const bStart = b.centre - ((b.members.length - 1) * step) / 2;
        if (bStart - aEnd < step) {
          const members = [...a.members, ...b.members];
          clusters.splice(i - 1, 2, { members, centre: members.reduce((sum, m) => sum + m.x0, 0) / members.length });
          merged = true;
          break;
        }
      }
    }
    for (const c of clusters) {
      const width = (c.members.length - 1) * step;
      const start = Math.min(Math.max(c.centre - width / 2, r), Math.max(r, plotWidth - r - width));
      c.members.forEach((m, i) => {
        m.x = start + i * step;
      });
    }
    placed.push(...row);
  }
  return placed.sort((a, b) => a.date.localeCompare(b.date) || a.n - b.n);
}

/**
 * Log-scale y domain [lo, hi] wide enough that every badge fits inside the plot: starts from the data's
 * extent and widens the top (bottom) until the highest above-badge (lowest below-badge) is inside.
 */
export function badgeDomain(values: readonly number[], badges: readonly PlacedBadge[], plotHeight: number): [number, number] {
  const [lo, hi] = extent(values);
  let a = Math.log(lo);
  let b = Math.log(hi);
  const r = BADGE.diameter / 2 + 2;
  for (let k = 0; k < 8; k++) {
    const px = (v: number) => (plotHeight * (Math.log(v) - a)) / (b - a);
    let over = 0;
    let under = 0;
    for (const e of badges) {
      const off = BADGE.offset + r;
      if (e.side === 'above') over = Math.max(over, px(e.value) + off - plotHeight);
      else under = Math.max(under, off - px(e.value));
    }
    if (over <= 0.5 && under <= 0.5) break;
    const span = b - a;
    b += (Math.max(0, over) / plotHeight) * span;
    a -= (Math.max(0, under) / plotHeight) * span;
  }
  return [Math.exp(a), Math.exp(b)];
}

/**
 * A long history on a log scale with numbered event badges: a leader from each event's close to a badge
 * beside it, ringed in its kind's colour and shaped by its kind; crowded badges spread sideways, never overlapping.
 * The numbers key into a table of events placed below the chart; a legend names the kinds.
 */
export function eventsSpec(input: EventsInput): TopLevelSpec {
  const { series, events, kinds, yFormat = ',.0f', text } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  const height = input.height ?? DEFAULT_HEIGHT;
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) throw new Error('eventsSpec: empty series');
  const names = kinds.map((k) => k.name);
  for (const e of events) if (!names.includes(e.kind)) throw new Error(`eventsSpec: event ${e.n} has kind "${e.kind}", not one of ${names.join(', ')}`);
  const { pw, ph } = plotArea(width, height);
  const placed = placeBadges(events, [first.date, last.date], pw);
  const [lo, hi] = badgeDomain(
    series.map((p) => p.value),
    placed,
    ph,
  );
  const [la, lb] = [Math.log(lo), Math.log(hi)];
  const badgeY = (e: PlacedBadge) => {
    const px = (ph * (Math.log(e.value) - la)) / (lb - la);
    return Math.exp(la + ((e.side === 'above' ? px + BADGE.offset : px - BADGE.offset) / ph) * (lb - la));
  };
  const [t0, t1] = [utcMs(first.date), utcMs(last.date)];
  const badgeDate = (e: PlacedBadge) => new Date(t0 + (e.x / pw) * (t1 - t0)).toISOString().slice(0, 10);
  const badges = placed.map((e) => ({ date: e.date, value: e.value, at: badgeDate(e), badge: badgeY(e), n: String(e.n), kind: e.kind }));
  const x = { field: 'date', type: 'temporal' };
  const at = { field: 'at', type: 'temporal' };
  const layers: Layer[] = [
    {
      data: datedValues(
        reduceSeries(
          series,
          width,
          events.map((e) => e.date),
        ),
      ),
      mark: { type: 'line', color: PALETTE.primary, strokeWidth: 1.4, clip: true },
    },
  ];
  if (badges.length) {
    const legend = { title: null, orient: 'bottom', symbolStrokeWidth: 2.5, symbolFillColor: PALETTE.paper, symbolSize: 400 };
    layers.push(
      {
        data: datedValues(badges),
        mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 1 },
        encoding: { x, y: { field: 'value', type: 'quantitative' }, x2: { field: 'at' }, y2: { field: 'badge' } },
      },
      {
        data: datedValues(badges),
        mark: { type: 'point', filled: true, size: 40, color: PALETTE.title, opacity: 1 },
        encoding: { x, y: { field: 'value', type: 'quantitative' } },
      },
      {
        data: datedValues(badges),
        mark: { type: 'point', filled: false, fill: PALETTE.paper, fillOpacity: 1, strokeWidth: 2.5, size: 0.78 * BADGE.diameter ** 2, opacity: 1 },
        encoding: {
          x: at,
          y: { field: 'badge', type: 'quantitative' },
          color: { field: 'kind', type: 'nominal', scale: { domain: names, range: kinds.map((k) => k.colour) }, legend },
          // A second encoding beside colour: each kind its own badge shape, in the same legend.
          shape: { field: 'kind', type: 'nominal', scale: { domain: names, range: names.map((_, i) => BADGE_SHAPES[i % BADGE_SHAPES.length]) }, legend },
        },
      },
      {
        data: datedValues(badges),
        mark: { type: 'text', fontSize: FONT_SIZE.label, fontWeight: 'bold', color: PALETTE.title, baseline: 'middle', align: 'center', dy: 1 },
        encoding: { x: at, y: { field: 'badge', type: 'quantitative' }, text: { field: 'n', type: 'nominal' } },
      },
    );
  }
  return asSpec({
    ...frame(input),
    encoding: {
      x: timeX(input.locale, text.xTitle, width),
      y: {
        field: 'value',
        type: 'quantitative',
        scale: { type: 'log', domain: [lo, hi], nice: false },
        axis: { title: text.yTitle ?? null, format: yFormat, values: logTicks([lo, hi]) },
      },
    },
    layer: layers,
  });
}
