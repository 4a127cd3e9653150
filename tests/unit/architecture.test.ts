import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { astroImportCode, checkLayers, formatViolation } from '../../scripts/lib/layer-check';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

describe('the import flow (.dependency-cruiser.cjs)', () => {
  it('holds in this repository: no cycle and no import against the layers, with no exception', async () => {
    expect((await checkLayers(ROOT)).map(formatViolation), 'imports against the flow (see .dependency-cruiser.cjs)').toEqual([]);
  }, 120_000);
});

describe('checkLayers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };

  it('names each violation of a tree that breaks every rule once, .astro files included', async () => {
    write('src/lib/data/csv.ts', 'export const csv = 1;\n');
    write('src/lib/stats/mean.ts', "import { csv } from '../data/csv';\nexport const mean = csv;\n");
    write('src/lib/i18n/t.ts', "import type { Fact } from '../report/fact';\nexport type T = Fact;\n");
    write('src/lib/report/fact.ts', "import { mean } from '../stats/mean';\nimport { b } from './b';\nexport type Fact = number;\nexport const a = mean + b;\n");
    write('src/lib/report/b.ts', "import { a } from './fact';\nexport const b = 1;\nexport const c = () => a;\n");
    write('src/lib/i18n/locales.ts', "import type { T } from './t';\nexport type Locale = T;\n");
    write('src/lib/data/schema.ts', "import type { Locale } from '../i18n/locales';\nexport type Row = Locale;\n");
    write('src/lib/data/calc.ts', "import { mean } from '../stats/mean';\nexport const calc = mean;\n");
    write('src/lib/stats/up.ts', "import { line } from '../charts/line';\nexport const up = line;\n");
    // A cycle of type-only imports is erased at run time and not reported.
    write('src/lib/report/t1.ts', "import type { T2 } from './t2';\nexport type T1 = number;\nexport const t1: T2 = 1;\n");
    write('src/lib/report/t2.ts', "import type { T1 } from './t1';\nexport type T2 = T1;\n");
    write('src/lib/ingest/sources.ts', "import { b } from '../report/b';\nexport const sources = b;\n");
    write('src/lib/charts/ui.ts', "import Fig from '../../components/Fig.astro';\nexport const ui = Fig;\n");
    write('src/lib/site/data-page.ts', "import { sources } from '../ingest/sources';\nexport const page = sources;\n");
    write('src/lib/charts/line.ts', "import { mean } from '../stats/mean';\nexport const line = mean;\n");
    write('src/chapters/registry.ts', "import zh from './macro/strings/zh.json';\nimport { facts } from './macro/facts';\nexport const CHAPTERS = [zh, facts];\n");
    write('src/chapters/macro/strings/zh.json', '{}\n');
    write('src/chapters/macro/facts.ts', "import { line } from '../../lib/charts/line';\nexport const facts = line;\n");
    write('src/chapters/macro/charts.ts', "import { line } from '../../lib/charts/line';\nimport { facts } from './facts';\nexport const chart = line + facts;\n");
    write('src/lib/i18n/strings.ts', "import { CHAPTERS } from '../../chapters/registry';\nexport const strings = CHAPTERS;\n");
    write('src/layouts/Base.astro', '---\nconst x = 1;\n---\n<html>{x}</html>\n');
    write(
      'src/components/Fig.astro',
      "---\nimport Base from '../layouts/Base.astro';\nimport { chart } from '../chapters/macro/charts';\n---\n<Base>{chart}</Base>\n<script>\nimport '../../scripts/tool';\n</script>\n",
    );
    write('src/pages/index.astro', "---\nimport Fig from '../components/Fig.astro';\n---\n<Fig />\n");
    write('scripts/tool.ts', "import { helper } from '../tests/helper';\nexport const tool = helper;\n");
    write('tests/helper.ts', 'export const helper = 1;\n');

    // Allowed here: data -> the locale spec, stats -> data, chapter charts -> lib charts and chapter facts, i18n -> the chapter registry -> strings JSON.
    const found = (await checkLayers(dir, CONFIG)).map(formatViolation).sort();
    expect(found).toEqual([
      'bottom-layer: src/lib/stats/up.ts -> src/lib/charts/line.ts',
      'chapter-registry-is-data: src/chapters/registry.ts -> src/chapters/macro/facts.ts',
      'charts-below-components: src/lib/charts/ui.ts -> src/components/Fig.astro',
      'components-below-pages: src/components/Fig.astro -> src/layouts/Base.astro',
      'data-before-stats: src/lib/data/calc.ts -> src/lib/stats/mean.ts',
      'i18n-below-report: src/lib/i18n/t.ts -> src/lib/report/fact.ts',
      'ingest-is-a-command: src/lib/ingest/sources.ts -> src/lib/report/b.ts',
      'locale-spec-is-a-leaf: src/lib/i18n/locales.ts -> src/lib/i18n/t.ts',
      'no-circular: src/lib/report/b.ts -> src/lib/report/fact.ts -> src/lib/report/b.ts',
      'report-below-charts: src/chapters/macro/facts.ts -> src/lib/charts/line.ts',
      'scripts-not-tests: scripts/tool.ts -> tests/helper.ts',
      'site-not-ingest: src/lib/site/data-page.ts -> src/lib/ingest/sources.ts',
      'src-not-scripts-or-tests: src/components/Fig.astro -> scripts/tool.ts',
    ]);
    // Every rule of the config is exercised here, so a new rule needs a case above.
    const rules = (createRequire(import.meta.url)(CONFIG) as { forbidden: { name: string }[] }).forbidden.map((r) => r.name);
    expect([...new Set(found.map((line) => line.slice(0, line.indexOf(':'))))].sort()).toEqual([...rules].sort());
  }, 120_000);
});

describe('astroImportCode', () => {
  it('keeps the frontmatter and script bodies, drops the template', () => {
    const code = astroImportCode("---\nimport A from './A.astro';\n---\n<div>{'import x from \"y\"'}</div>\n<script is:inline>\nimport './b';\n</script>\n");
    expect(code).toContain("import A from './A.astro';");
    expect(code).toContain("import './b';");
    expect(code).not.toContain('<div>');
  });
});
