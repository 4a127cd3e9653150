/**
 * One static server for dist/ and one headless Chromium for the whole browser-test run, started before the
 * first e2e file and shared by all of them (each test opens its own isolated context). Test files read the
 * addresses with `inject('siteUrl')` and `inject('browserWs')` (see session.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/lib/browser';
import { serveDir } from '../../../scripts/lib/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of dist/ served on 127.0.0.1, e.g. http://127.0.0.1:41234 (no trailing slash); '' when not served. */
    siteUrl: string;
    /** Playwright websocket endpoint of the shared Chromium; '' when none is installed. */
    browserWs: string;
  }
}

const DIST = path.join(__dirname, '../../../dist');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath();
  const served = existsSync(path.join(DIST, 'zh/index.html')) ? await serveDir(DIST) : null;
  let browser: BrowserServer | null = null;
  if (executablePath) browser = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  project.provide('siteUrl', served?.url ?? '');
  project.provide('browserWs', browser?.wsEndpoint() ?? '');
  return async () => {
    await browser?.close();
    await served?.close();
  };
}
