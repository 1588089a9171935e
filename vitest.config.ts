import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// WxtVitest's plugins except its browser mock, which is replaced by a lighter one with the same
// fakeBrowser (test/support/fake-browser.ts says why).
const wxtPlugins = (await WxtVitest()).filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:extension-api-mock'));

export default defineConfig({
  plugins: wxtPlugins,
  resolve: {
    alias: [
      { find: /^wxt\/browser$/, replacement: here('./test/support/fake-browser.ts') },
      { find: /^wxt\/testing$/, replacement: here('./test/support/fake-browser.ts') },
    ],
  },
  ssr: { noExternal: ['wxt'] },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'threads',
    setupFiles: ['test/support/setup-browser.ts'],
    // Vitest's default for `vitest run` is one worker less than the cores: ONE worker on the
    // 2-core CI machine, so the suite ran file after file (~200 s). The main thread mostly waits
    // on the workers, so every core gets a worker (at least two).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
