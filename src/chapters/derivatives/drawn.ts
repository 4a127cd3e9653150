import { s, time, type Drawn } from '../../lib/report/figure-drawn';
import type { Report } from '../../lib/report/report';

/** What each chart of this chapter draws, as data (see figure-drawn.ts), by figure id. */
export const derivativesDrawn = {
  'derivatives-basis': (r) => time(s('chart.derivatives.basis', 'pct', r.datasets.derivatives.basis)),
  'derivatives-vi': (r) => time(s('chart.derivatives.vi', 'ratio', r.datasets.derivatives.vi.vi), s('chart.derivatives.realised', 'ratio', r.datasets.derivatives.vi.realised)),
} satisfies Record<string, (r: Report) => Drawn>;
