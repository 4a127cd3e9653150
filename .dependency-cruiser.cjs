// @ts-check
/**
 * Import rules: data flows one way, data/stats -> report and chapter facts -> charts -> components -> pages.
 * Checked by `npm run depcheck` (scripts/check-layers.ts, which also reads the imports of .astro files) and by
 * tests/unit/architecture.test.ts. Paths are repository-relative; a chapter folder `src/chapters/<slug>/` is the
 * report layer, except its `charts.ts` (and `*-charts.ts`), which is the charts layer; so is the registry's
 * generated face of builders, `src/chapters/all-charts.ts` (all-facts.ts and all-figures.ts are report code).
 * There is no list of accepted exceptions: every violation fails.
 */

/** A module of the report layer: shared report code and each chapter's facts, figures and tables. */
const REPORT = '^src/(lib/report/|chapters/)';
/** Chapter chart builders (and all-charts.ts, which gathers them) sit in the charts layer though they live under src/chapters/. */
const CHAPTER_CHARTS = '^src/chapters/.+charts\\.ts$';
const CHARTS = '^src/lib/charts/';
const PAGES = '^src/(pages|layouts)/';
const COMPONENTS = '^src/components/';
/**
 * The locale spec: configuration every layer may read (it imports nothing of the project, a rule below), with
 * what curated texts need from it as they load: derived languages (derive.ts) and dates in each language's
 * style (format.ts).
 */
const LOCALE_SPEC = '^src/lib/i18n/((locales|localized|derive|format)\\.ts|terms\\.[a-z-]+\\.json)$';
/** Tests kept beside the code (src/chapters/<slug>/*.test.ts) may use test helpers; they are not part of the flow. */
const TEST_FILE = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two modules one; move the shared part down a layer or pass it in. A cycle of type-only imports is erased at run time ' +
        'and not counted (chapter code names the `Report` type that report.ts builds from it); the layer rules below count type imports.',
      from: { path: '^(src|scripts)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'bottom-layer',
      severity: 'error',
      comment: 'src/lib/data and src/lib/stats are the bottom layer: pure parsing, validation and numbers.',
      from: { path: '^src/lib/(data|stats)/' },
      to: { path: '^src/(lib/(report|charts|i18n|site|ingest)|chapters|components|pages|layouts)/', pathNot: LOCALE_SPEC },
    },
    {
      name: 'locale-spec-is-a-leaf',
      severity: 'error',
      comment: 'The locale spec (locales.ts, and localized.ts for per-language schemas) is read by every layer, data included, so it imports nothing of the project.',
      from: { path: LOCALE_SPEC },
      to: { path: '^src/', pathNot: LOCALE_SPEC },
    },
    {
      name: 'data-before-stats',
      severity: 'error',
      comment: 'Data loading comes before statistics: stats may read data types, data never calls stats.',
      from: { path: '^src/lib/data/' },
      to: { path: '^src/lib/stats/' },
    },
    {
      name: 'report-below-charts',
      severity: 'error',
      comment: 'Facts, figure lists and table models are computed before any chart: they must not import chart code, the site helpers or the UI.',
      from: { path: REPORT, pathNot: [CHAPTER_CHARTS, TEST_FILE] },
      to: { path: [CHARTS, CHAPTER_CHARTS, '^src/lib/(site|ingest)/', COMPONENTS, PAGES] },
    },
    {
      name: 'i18n-below-report',
      severity: 'error',
      comment:
        'i18n (locales, strings, formatting) is used by report, charts, components and pages, so it imports none of them. ' +
        "It may read the chapter registry and the chapters' string files (data, no chapter code).",
      from: { path: '^src/lib/i18n/' },
      to: {
        path: ['^src/lib/(report|charts|site|ingest)/', '^src/chapters/', COMPONENTS, PAGES],
        pathNot: ['^src/chapters/registry\\.ts$', '\\.json$'],
      },
    },
    {
      name: 'chapter-registry-is-data',
      severity: 'error',
      comment: 'The chapter registry is read by i18n, so it may import only data files (strings), never chapter code.',
      from: { path: '^src/chapters/registry\\.ts$' },
      to: { path: '^src/', pathNot: '\\.json$' },
    },
    {
      name: 'charts-below-components',
      severity: 'error',
      comment: 'Chart builders turn facts into specs and SVG; they never reach up into the site helpers, components or pages.',
      from: { path: [CHARTS, CHAPTER_CHARTS], pathNot: TEST_FILE },
      to: { path: ['^src/lib/(site|ingest)/', COMPONENTS, PAGES] },
    },
    {
      name: 'site-not-ingest',
      severity: 'error',
      comment: "The site helpers build pages from facts; the ingest command's code (sources, merging, writing data) stays out of the site.",
      from: { path: '^src/lib/site/' },
      to: { path: ['^src/lib/ingest/', COMPONENTS, PAGES] },
    },
    {
      name: 'ingest-is-a-command',
      severity: 'error',
      comment: 'The ingest logic is for scripts/ingest.ts: it reads and writes data/, and uses only the data layer below it.',
      from: { path: '^src/lib/ingest/' },
      to: { path: ['^src/lib/(report|charts|i18n|site)/', '^src/chapters/', COMPONENTS, PAGES] },
    },
    {
      name: 'components-below-pages',
      severity: 'error',
      comment: 'Components render; pages and layouts compose them. A component never imports a page or layout.',
      from: { path: COMPONENTS },
      to: { path: PAGES },
    },
    {
      name: 'src-not-scripts-or-tests',
      severity: 'error',
      comment: 'The site builds from src/ alone: nothing in it imports command-line scripts or test code.',
      from: { path: '^src/', pathNot: TEST_FILE },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'scripts-not-tests',
      severity: 'error',
      comment: 'Commands do not depend on test code.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    // Type-only imports count: a layer that needs another's types depends on it.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '(^|/)dist/', '(^|/)\\.astro/'] },
    // .astro files are read by scripts/check-layers.ts (their frontmatter and scripts become `<file>.astro.ts`).
    extraExtensionsToScan: ['.astro'],
  },
};
