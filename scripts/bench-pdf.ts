/**
 * How long printing the report takes on this machine: `npm run build && npm run bench:pdf [-- --runs 3]`.
 * Prints every language from dist/ into a temporary folder (nothing staged or linked) `runs` times and
 * reports, per run, the wall-clock seconds for all the PDFs together (Chromium start included) and, per
 * language, seconds, printings, pages and size. Figures only; nothing here asserts a timing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printReports } from './lib/pdf-report';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, letter: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));
const totals: number[] = [];
for (let r = 1; r <= runs; r += 1) {
  const out = mkdtempSync(path.join(tmpdir(), 'n225-bench-pdf-'));
  try {
    const t0 = performance.now();
    const pdfs = await printReports({ dist: path.resolve('dist'), outDir: out, paper: values.letter ? 'Letter' : 'A4' });
    const total = (performance.now() - t0) / 1000;
    totals.push(total);
    console.log(`run ${r}: ${pdfs.length} PDFs in ${total.toFixed(2)} s`);
    for (const p of pdfs) {
      console.log(`  ${p.locale}: ${p.seconds.toFixed(2)} s, ${p.passes} printings, ${p.pageCount} pages, ${(p.bytes / 1024).toFixed(0)} KiB (${path.basename(p.file)})`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
const sorted = [...totals].sort((a, b) => a - b);
console.log(`all PDFs: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s, min ${sorted[0]!.toFixed(2)} s, max ${sorted.at(-1)!.toFixed(2)} s over ${runs} run(s)`);
