// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { unresolvedCheck } from './src/integrations/unresolved-check.ts';
import { derivedProse } from './src/integrations/derived-prose.ts';
import { remarkReportNames } from './src/integrations/remark-report-names.ts';

// A static site: every page, chart and data file is generated at build time.
// Markdown and MDX run on the unified (remark) processor so GitHub-flavoured tables and the like work.
export default defineConfig({
  output: 'static',
  // The deployment origin (e.g. https://research.example.org): makes hreflang links absolute, as search engines require.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // Stylesheets inline in each page (a few KB gzip): the first paint waits for no second request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // The report's names (%index%, %comparator% …) are written into the prose from the report config.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm, remarkReportNames] }) },
  // derivedProse writes the derived languages' chapter prose (src/lib/i18n/prose-fs.ts) before the chapters are read.
  integrations: [derivedProse(), mdx(), unresolvedCheck()],
  vite: {
    // Re-run the data pipeline when a data file changes during `astro dev`.
    server: { watch: { ignored: ['!**/data/**'] } },
  },
});
