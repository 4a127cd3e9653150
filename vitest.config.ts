// @ts-check
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One file at a time: on the 2-core machine two browser files at once each ran twice as slowly
    // (CI measured no gain). Sites and PDFs that several files read are made once per run, and astro
    // builds never overlap (tests/lib/shared-builds.ts). Build tests run `astro build` into temp
    // folders; give them room.
    maxWorkers: 1,
    testTimeout: 20_000,
    hookTimeout: 240_000,
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit+build',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'src/chapters/**/*.test.ts'],
          globalSetup: ['tests/lib/run-folder-setup.ts'],
        },
      },
      // Browser tests share one static server and one Chromium, started only when a browser test runs.
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/lib/run-folder-setup.ts', 'tests/e2e/lib/global-setup.ts'] } },
    ],
  },
});
