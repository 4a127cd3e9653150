import { describe, expect, it } from 'vitest';
import { BADGE, badgeDomain, eventsSpec, placeBadges, type EventMark } from '../../../src/lib/charts/events-spec';
import { renderSvg } from '../../../src/lib/charts/render';
import { businessDays, compileWarnings, snapshotView, svgTexts } from './fixtures';

// A 40-year exponential-ish history with a crowd of events in its last two years.
const DATES = businessDays('1985-01-01', 10_400);
const SERIES = DATES.map((date, i) => ({ date, value: 1000 * Math.exp(i / 3000) * (1 + 0.1 * Math.sin(i / 200)) }));
const at = (i: number) => ({ date: SERIES[i]!.date, value: SERIES[i]!.value });
const EVENTS: EventMark[] = [
  { n: 1, ...at(500), kind: 'Fall', side: 'below' },
  { n: 2, ...at(1200), kind: 'High', side: 'above' },
  { n: 3, ...at(1300), kind: 'Low', side: 'below' },
  { n: 4, ...at(9900), kind: 'High', side: 'above' },
  { n: 5, ...at(9950), kind: 'Policy', side: 'above' },
  { n: 6, ...at(10_050), kind: 'High', side: 'above' },
  { n: 7, ...at(10_100), kind: 'Fall', side: 'below' },
  { n: 8, ...at(10_300), kind: 'Fall', side: 'below' },
];
const KINDS = [
  { name: 'Fall', colour: '#c0392b' },
  { name: 'Low', colour: '#cc79a7' },
  { name: 'High', colour: '#009e73' },
  { name: 'Policy', colour: '#d9822b' },
];
const input = { locale: 'en' as const, series: SERIES, events: EVENTS, kinds: KINDS, text: { yTitle: 'Close (log scale)' } };
const range = [SERIES[0]!.date, SERIES.at(-1)!.date] as const;

describe('eventsSpec(input)', () => {
  it('compiles with Vega-Lite without warnings', () => {
    expect(compileWarnings(eventsSpec(input))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(eventsSpec({ ...input, series: SERIES.filter((_, i) => i % 500 === 0), events: EVENTS.slice(0, 3) }), 'en')).toMatchSnapshot();
  });

  it('numbers every event on the rendered chart', async () => {
    const svg = await renderSvg(eventsSpec(input), { id: 'fig-events' });
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8', 'Fall', 'Policy']));
  });

  it('never lets two badges on the same side overlap, and keeps each beside its point and inside the plot', () => {
    for (const pw of [510, 300]) {
      const placed = placeBadges(EVENTS, range, pw);
      for (const a of placed) {
        expect(a.x).toBeGreaterThanOrEqual(BADGE.diameter / 2);
        expect(a.x).toBeLessThanOrEqual(pw - BADGE.diameter / 2);
        for (const b of placed) {
          if (a !== b && a.side === b.side) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(BADGE.diameter + BADGE.gap - 1e-9);
        }
      }
    }
    // The crowd at the end spreads sideways around its points, in date order: a badge is at most as far from
    // its point as the crowd is wide (three badges above: within two steps), not stacked away from the line.
    const above = placeBadges(EVENTS, range, 510).filter((b) => b.side === 'above' && b.n >= 4);
    expect(above.map((b) => b.n)).toEqual([4, 5, 6]);
    for (const b of above) expect(Math.abs(b.x - b.x0)).toBeLessThanOrEqual(2 * (BADGE.diameter + BADGE.gap));
    // A lone badge sits right over its point.
    const lone = placeBadges(EVENTS, range, 510).find((b) => b.n === 1)!;
    expect(lone.x).toBeCloseTo(lone.x0, 6);
  });

  it('widens the log domain so the outermost badges stay inside the plot', () => {
    const placed = placeBadges(EVENTS, range, 300);
    const values = SERIES.map((p) => p.value);
    const [lo, hi] = badgeDomain(values, placed, 208);
    expect(lo).toBeLessThan(Math.min(...values));
    expect(hi).toBeGreaterThan(Math.max(...values));
    const px = (x: number) => (208 * Math.log(x / lo)) / Math.log(hi / lo);
    for (const b of placed) {
      const off = BADGE.offset + BADGE.diameter / 2;
      if (b.side === 'above') expect(px(b.value) + off).toBeLessThanOrEqual(208 + 1);
      else expect(px(b.value) - off).toBeGreaterThanOrEqual(-1);
    }
  });

  it('refuses an event of a kind the legend does not name', () => {
    expect(() => eventsSpec({ ...input, events: [{ ...EVENTS[0]!, kind: 'Crash' }] })).toThrow(/kind "Crash"/);
  });
});
