import type { ExtensionBrowser } from '../browser/extension-browser';

/**
 * Fills the extension's store to `target` deals for the popup measure (see sw-seed.ts): in the
 * service worker, through Pacer's own ingest, 10k deals a batch. Returns how many are stored.
 */
export async function seedInWorker(b: ExtensionBrowser, seedTools: string, target: number, log: (s: string) => void): Promise<number> {
  const sw = await b.worker();
  const r = (await sw.evaluate(`(async () => { ${seedTools}; return await globalThis.__pacerSeed.seed(${target}, 10000); })()`)) as { count: number; batches: number };
  log(`  ${r.count} deals stored (${r.batches} batches of new deals through ingestDeals in the service worker)`);
  return r.count;
}
