import { defineConfig } from 'vitest/config';

// E2E: the built extension (.output/chrome-mv3-demo) in real Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ['test/e2e/support/global-setup.ts'],
  },
});
