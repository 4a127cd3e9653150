/**
 * `npm run bench:archive`: the archive build's time for 1, 4, 12 and every published edition (one astro
 * build each, as `npm run build:archive`), against the budget of twelve editions in at most four times
 * the time of one, and the weight of an old edition. Figures only; `npm run bench` prints the same.
 * Output in bench/out/ (git-ignored).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { benchArchive, printArchive } from './lib/bench-archive';
import { printBudgets } from './lib/bench-report';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench/out');
mkdirSync(OUT, { recursive: true });
const result = benchArchive(OUT, { SITE_URL: process.env.SITE_URL ?? 'https://nikkei225.invalid' });
printBudgets([printArchive(result)]);
rmSync(result.site, { recursive: true, force: true });
