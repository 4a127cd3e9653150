import { isLocale, type Locale } from '../i18n/locales';
import { reportText, type ReportText } from '../report/report-text';
import { getReport } from '../report/report-fs';
import type { Report } from '../report/report';

/**
 * What every component of a `/[lang]/…` page needs, computed once per page by the middleware
 * (src/middleware.ts) and read from `Astro.locals`: the page's language, the edition and the edition's
 * texts in that language. Components only render from it.
 */
export interface PageContext {
  locale: Locale;
  report: Report;
  tx: ReportText;
}

/** The context of a page with route parameters `params`, or null for a page outside `/[lang]/` (the root redirect, 404). */
export function pageContext(params: Record<string, string | undefined>): PageContext | null {
  const lang = params.lang;
  if (!isLocale(lang)) return null;
  const report = getReport();
  return { locale: lang, report, tx: reportText(lang, report) };
}

/** The page context a component reads; a component rendered outside a `/[lang]/` page fails the build. */
export function pageOf(locals: { page?: PageContext | null }): PageContext {
  if (!locals.page) throw new Error('This component must be rendered on a /[lang]/ page (no page context in Astro.locals)');
  return locals.page;
}
