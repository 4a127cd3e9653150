/**
 * The import-flow check: runs dependency-cruiser with the rules of `.dependency-cruiser.cjs` over `src/` and
 * `scripts/` and returns every violation (a forbidden import or a cycle).
 *
 * dependency-cruiser does not parse `.astro` files, so the check cruises a copy of the tree in a temporary
 * folder in which each `X.astro` is replaced by `X.astro.ts` holding the file's frontmatter and the bodies of
 * its `<script>` tags (all the imports an Astro file can make). An import of `./X.astro` resolves to that
 * stand-in (the resolver tries `X.astro.ts`), and reported paths name the `.astro` file again. The source tree
 * is only read.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

/** Folders of the repository copied for the check; `src` and `scripts` are cruised, `tests` only resolved into. */
const COPIED = ['src', 'scripts', 'tests'];
const CRUISED = ['src', 'scripts'];
/** Only code and data that an import can name are copied (no fixtures, images, fonts). */
const COPIED_FILE = /\.(ts|mts|cts|js|mjs|cjs|json|astro)$/;

/** One broken rule: the rule's name, the importing module, the imported module, and for a cycle its modules in order. */
export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
  cycle: string[];
}

/** The code of an Astro file that can import: its frontmatter and the bodies of its `<script>` tags, as TypeScript. */
export function astroImportCode(source: string): string {
  const fence = /^\s*---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
  const frontmatter = fence ? (fence[1] ?? '') : '';
  const template = fence ? source.slice(fence[0].length) : source;
  const scripts = [...template.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n;\n');
}

/** Copies `src`, `scripts` and `tests` of `root` into a temporary folder, each `.astro` file as `.astro.ts`. */
function mirrorTree(root: string): string {
  const mirror = mkdtempSync(path.join(os.tmpdir(), 'layer-check-'));
  for (const dir of COPIED) {
    cpSync(path.join(root, dir), path.join(mirror, dir), {
      recursive: true,
      filter: (src) => !/(^|[\\/])(node_modules|fixtures|__snapshots__)$/.test(src) && (!path.extname(src) || COPIED_FILE.test(src)),
    });
  }
  return mirror;
}

function astroToTs(mirror: string, files: string[]): void {
  for (const rel of files) {
    const file = path.join(mirror, rel);
    writeFileSync(`${file}.ts`, astroImportCode(readFileSync(file, 'utf8')));
    rmSync(file);
  }
}

/** Every file under `dir`, relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** Names a stand-in `X.astro.ts` by its source file `X.astro` again. */
const sourceName = (p: string): string =>
  p
    .replace(/\.astro\.ts$/, '.astro')
    .split(path.sep)
    .join('/');

/**
 * Runs the import-flow check on the repository at `root` with the rules in `configFile`
 * (default `<root>/.dependency-cruiser.cjs`). Returns the violations, empty when the tree keeps the flow.
 */
export async function checkLayers(root: string, configFile = path.join(root, '.dependency-cruiser.cjs')): Promise<LayerViolation[]> {
  const options: ICruiseOptions = await extractDepcruiseOptions(configFile);
  const mirror = mirrorTree(root);
  try {
    astroToTs(
      mirror,
      listFiles(mirror).filter((f) => f.endsWith('.astro')),
    );
    const cruised = CRUISED.filter((d) => listFiles(path.join(mirror, d)).length > 0);
    const { output } = await cruise(cruised, { ...options, baseDir: mirror, validate: true, outputType: 'json' });
    const result: ICruiseResult = typeof output === 'string' ? JSON.parse(output) : output;
    return (result.summary.violations ?? []).map((v) => ({
      rule: v.rule.name,
      from: sourceName(v.from),
      to: sourceName(v.to),
      cycle: (v.cycle ?? []).map((c) => sourceName(c.name)),
    }));
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}

/** One line per violation: `rule: from -> to`, a cycle written out as `a -> b -> a`. */
export function formatViolation(v: LayerViolation): string {
  if (v.cycle.length > 0) return `${v.rule}: ${[v.from, ...v.cycle].join(' -> ')}`;
  return `${v.rule}: ${v.from} -> ${v.to}`;
}
