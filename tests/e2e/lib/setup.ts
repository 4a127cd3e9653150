import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath } from '../../../scripts/lib/browser';

/** The built site the browser tests read (dist/, from `npm run build`, which README's test command runs first). */
export const DIST = path.join(__dirname, '../../../dist');

/**
 * Whether a Chromium is installed. Without one, browser tests skip with a loud notice, except under
 * CI=true, where a missing browser fails the run.
 */
export const browserFound = chromiumPath() !== null;
if (!browserFound) {
  const msg = `\n\n!!! No Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}: browser tests are SKIPPED. Install it: apt-get install -y chromium fonts-noto-cjk\n`;
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(msg);
}

/** Fails clearly when dist/ has not been built. */
export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'zh/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
}
