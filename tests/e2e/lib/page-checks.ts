/**
 * Checks run inside a loaded page, shared by the browser tests: what went wrong on the wire or in the
 * console, and how each figure is drawn.
 */
import type { Page } from 'playwright-core';

/** Problems seen while a page loaded, in the order they happened. */
export interface PageProblems {
  /** The first request to any origin other than the site's own (aborted before it left), or null. */
  foreign: string | null;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that failed, or answered with an HTTP error status. */
  failed: string[];
}

/**
 * Watches a page before it navigates: aborts and records any request that would leave `origin` (data: URLs
 * are inline, not requests), and records console errors, page errors and failed requests.
 */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { foreign: null, errors: [], failed: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    problems.foreign ??= url;
    return route.abort('blockedbyclient');
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(origin)) problems.failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  return problems;
}

/** How one `<figure>` is drawn: its id, kind, the size of its visible SVGs, its table, text alternative, links. */
export interface FigureView {
  id: string;
  kind: 'chart' | 'table' | 'other';
  /** Width × height (CSS px) of each SVG of the figure that is displayed. */
  visibleSvgs: { w: number; h: number }[];
  /** Body rows of the figure's table, if it has one. */
  tableRows: number;
  /** The chart's text alternative (aria-label of its SVG, a graphics-document), '' if none. */
  alt: string;
  /** Href of the CSV download link, '' if none. */
  csv: string;
  /** Text of chart labels that reach outside their SVG (a clipped label would). */
  spills: string[];
  /** Text of chart labels cut short with an ellipsis. */
  cut: string[];
  /** Smallest rendered size of the chart's text, in CSS px (Infinity without text). */
  minTextPx: number;
}

/** Reads every figure on the page as the reader's browser lays it out. */
export function figureViews(page: Page): Promise<FigureView[]> {
  return page.$$eval('figure', (figs) =>
    figs.map((f) => {
      const shown = (e: Element) => {
        const b = e.getBoundingClientRect();
        return b.width > 0 && b.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      const svgs = [...f.querySelectorAll('svg')].filter((s) => !s.closest('a, button') && s.closest('.chart'));
      const visible = svgs.filter(shown);
      const spills = visible.flatMap((s) => {
        const box = s.getBoundingClientRect();
        return [...s.querySelectorAll('text')]
          .filter((t) => {
            const b = t.getBoundingClientRect();
            return b.width > 0 && (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1);
          })
          .map((t) => t.textContent ?? '');
      });
      const cut = visible.flatMap((s) => [...s.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => t.endsWith('…')));
      // Rendered size = the text's font size in user units × the SVG's scale (its width over its viewBox's).
      const minTextPx = Math.min(
        ...visible.flatMap((s) => {
          const scale = s.getBoundingClientRect().width / (s.viewBox.baseVal?.width || s.getBoundingClientRect().width);
          return [...s.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '').map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        }),
      );
      return {
        id: f.id,
        kind: f.classList.contains('figure-chart') ? ('chart' as const) : f.classList.contains('figure-table') ? ('table' as const) : ('other' as const),
        visibleSvgs: visible.map((s) => ({ w: s.getBoundingClientRect().width, h: s.getBoundingClientRect().height })),
        tableRows: [...f.querySelectorAll('table tbody tr')].filter(shown).length,
        alt: f.querySelector('.chart svg[role="graphics-document"]')?.getAttribute('aria-label') ?? '',
        csv: f.querySelector('a.figure-download')?.getAttribute('href') ?? '',
        spills,
        cut,
        minTextPx,
      };
    }),
  );
}
