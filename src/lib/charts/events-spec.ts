import type { TopLevelSpec } from 'vega-lite';
import { logTicks } from './trend-spec';
import { asSpec, datedValues, extent, frame, reduceSeries, timeX, utcMs, DEFAULT_HEIGHT, DEFAULT_WIDTH, type Layer } from './spec-parts';
import { PALETTE } from './theme';
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

/** Badge geometry in px: diameter, gap between badges, first offset from the point and each further lane. */
export const BADGE = { diameter: 15, gap: 2, offset: 17, lane: 17 } as const;

/** Approximate plot area of a chart: less the y labels and padding across, the legend and x axis down. */
function plotArea(width: number, height: number) {
  return { pw: Math.max(100, width - 64), ph: Math.max(80, height - 80) };
}

/** A badge placed: its lane (0 nearest the line) on its side, and its x in px from the plot's left edge. */
export interface PlacedBadge extends EventMark { lane: number; x: number; side: 'above' | 'below' }

/**
 * Places numbered badges so no two on the same side overlap: in date order, each takes the lowest lane
 * whose last badge is at least a badge's width plus a gap to its left. Lanes stack away from the line.
 */
export function placeBadges(events: readonly EventMark[], dateRange: readonly [string, string], plotWidth: number): PlacedBadge[] {
  const [t0, t1] = [utcMs(dateRange[0]), utcMs(dateRange[1])];
  const lanes: Record<'above' | 'below', number[]> = { above: [], below: [] };
  const minGap = BADGE.diameter + BADGE.gap;
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => {
      const side = e.side ?? 'above';
      const x = t1 > t0 ? ((utcMs(e.date) - t0) / (t1 - t0)) * plotWidth : plotWidth / 2;
      const used = lanes[side];
      let lane = used.findIndex((last) => x - last >= minGap);
      if (lane === -1) lane = used.length;
      used[lane] = x;
      return { ...e, side, lane, x };
    });
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
      const off = BADGE.offset + e.lane * BADGE.lane + r;
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
 * A long history on a log scale with numbered event badges: a leader from each event's close to a white
 * badge ringed in its kind's colour, badges stacked in lanes so they never overlap at the chart's width.
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
  const [lo, hi] = badgeDomain(series.map((p) => p.value), placed, ph);
  const [la, lb] = [Math.log(lo), Math.log(hi)];
  const badgeY = (e: PlacedBadge) => {
    const px = (ph * (Math.log(e.value) - la)) / (lb - la);
    const off = BADGE.offset + e.lane * BADGE.lane;
    return Math.exp(la + ((e.side === 'above' ? px + off : px - off) / ph) * (lb - la));
  };
  const badges = placed.map((e) => ({ date: e.date, value: e.value, badge: badgeY(e), n: String(e.n), kind: e.kind }));
  const x = { field: 'date', type: 'temporal' };
  const layers: Layer[] = [
    { data: datedValues(reduceSeries(series, width, events.map((e) => e.date))), mark: { type: 'line', color: PALETTE.primary, strokeWidth: 1.2, clip: true } },
  ];
  if (badges.length) {
    layers.push(
      { data: datedValues(badges), mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 0.8 }, encoding: { x, y: { field: 'value', type: 'quantitative' }, y2: { field: 'badge' } } },
      { data: datedValues(badges), mark: { type: 'point', filled: true, size: 14, color: PALETTE.title, opacity: 1 }, encoding: { x, y: { field: 'value', type: 'quantitative' } } },
      {
        data: datedValues(badges),
        mark: { type: 'point', shape: 'circle', filled: false, fill: 'white', fillOpacity: 1, strokeWidth: 2, size: BADGE.diameter ** 2, opacity: 1 },
        encoding: {
          x,
          y: { field: 'badge', type: 'quantitative' },
          color: {
            field: 'kind',
            type: 'nominal',
            scale: { domain: names, range: kinds.map((k) => k.colour) },
            legend: { title: null, orient: 'bottom', symbolType: 'circle', symbolStrokeWidth: 2, symbolFillColor: 'white' },
          },
        },
      },
      {
        data: datedValues(badges),
        mark: { type: 'text', fontSize: 9.5, fontWeight: 'bold', color: PALETTE.title, baseline: 'middle', align: 'center', dy: 0.5 },
        encoding: { x, y: { field: 'badge', type: 'quantitative' }, text: { field: 'n', type: 'nominal' } },
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
