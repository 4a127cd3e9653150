import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumPath } from '../../../scripts/lib/browser';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales';

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

/**
 * The shared Chromium and the base URL of dist/ served on 127.0.0.1 (both started once per run by
 * global-setup.ts). Close the returned browser in afterAll: that only disconnects this file.
 */
export async function openSite(): Promise<{ browser: Browser; url: string }> {
  requireDist();
  const ws = inject('browserWs');
  const url = inject('siteUrl');
  if (!ws || !url) throw new Error('the e2e global setup did not start a browser and a server (run through vitest with the e2e project)');
  return { browser: await chromium.connect(ws), url };
}

/** The shared browser and the site's base URL, filled in before a suite's tests run. */
export interface Site {
  browser: Browser;
  url: string;
}

/**
 * Connects the enclosing suite to the shared Chromium and site: registers the connect and disconnect
 * hooks and returns the handles, which are set by the time the suite's tests run.
 */
export function connectSite(): Site {
  const site = {} as Site;
  beforeAll(async () => {
    Object.assign(site, await openSite());
  });
  afterAll(async () => {
    await site.browser?.close();
  });
  return site;
}

/** A built HTML page: its site path ("/zh/statistics/", "/404.html") and its language folder, if any. */
export interface BuiltPage {
  path: string;
  lang: Locale | null;
}

/**
 * Every HTML page in dist/, found on disk so new chapters are tested without editing the tests; empty when
 * dist/ is missing (requireDist then fails the run with the fix).
 */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
    .sort()
    .map((p) => ({ path: p, lang: LOCALES.find((l) => p.startsWith(`/${l}/`)) ?? null }));
}

/** Pages of the report in one language (under /<code>/: /zh/, /zh-hant/, /en/), or in every language. */
export const reportPages = (lang?: Locale) => builtPages().filter((p) => (lang ? p.lang === lang : p.lang !== null));
