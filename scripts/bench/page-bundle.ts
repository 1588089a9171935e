import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * The real adapter code for the page: `lib/crm/extract-page.ts` (registry, every adapter),
 * bundled by esbuild with the bench's page helpers into one script that the read measures
 * inject, so they time exactly what the content script runs, minus the extension plumbing.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');

/** `page/index.ts` as one IIFE: window.__pacerBench = { grow, timeRead, timeBare }. */
export const bundlePageTools = (): Promise<string> => bundle('scripts/bench/page/index.ts');

/** `page/sw-tools.ts` for the service worker: self.__pacerSw = { rawPut, dealCount, dataVersion }. */
export const bundleSwTools = (): Promise<string> => bundle('scripts/bench/page/sw-tools.ts');

/** `sw-seed.ts` for the service worker: self.__pacerSeed = { seed } (the popup measure's 100k deals). */
export const bundleSeedTools = (): Promise<string> => bundle('scripts/bench/sw-seed.ts');

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: process.env.BENCH_NO_MINIFY ? false : true,
    platform: 'browser',
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bundle');
  return file.text;
}
