import { build } from 'wxt';

/**
 * `node --import tsx test/meta/build-child.ts MODE BROWSER OUT_DIR`: one WXT build into OUT_DIR,
 * for manifest.test.ts. Each build runs in its own process because WXT keeps one global build
 * state per process: so the test can run its three builds side by side instead of one after
 * the other (about a minute of `npm test` on a 2-core machine otherwise).
 */
const [mode, browser, outDir] = process.argv.slice(2);
if (!mode || !outDir || (browser !== 'chrome' && browser !== 'firefox')) throw new Error('usage: build-child.ts MODE chrome|firefox OUT_DIR');
await build({ root: new URL('../..', import.meta.url).pathname, outDir, mode, browser, logLevel: 1 } as Parameters<typeof build>[0]);
