// @ts-check
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build tests run `astro build` into temp folders; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 240_000,
    env: { TZ: 'UTC' },
  },
});
