import { build, zip } from 'wxt';

/** `build-child.ts demo|zip OUT_DIR`: one WXT build into OUT_DIR (see build.ts). */
const [kind, outDir] = process.argv.slice(2);
if (!outDir || (kind !== 'demo' && kind !== 'zip')) throw new Error('usage: build-child.ts demo|zip OUT_DIR');
if (kind === 'demo') await build({ mode: 'demo', outDir, logger: quietLogger() });
else await zip({ outDir, logger: quietLogger() });

function quietLogger() {
  // Only warnings and errors: the bench prints its own progress.
  const noop = () => undefined;
  return { debug: noop, log: noop, info: noop, success: noop, warn: console.warn, error: console.error, fatal: console.error, level: 0 };
}
