import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/extension-browser';

/**
 * Helpers over the extension in Chromium for the store, popup and page measures: protocol
 * messages timed inside an extension page (what a content script's round trip costs), and the
 * service-worker tools (page/sw-tools.ts) evaluated as a string (no Node-side function source).
 */
export interface IngestReply { added: number; updated: number; unchanged: number; rejected: unknown[] }

/**
 * Keeps `deals` in the page (not timed; `null`: send the deals kept by the previous call again,
 * sparing a second 10k-deal transfer over CDP), then times one `deals.ingest` round trip in it.
 */
export async function timedIngest(page: Page, deals: unknown[] | null): Promise<{ ms: number; reply: IngestReply }> {
  if (deals) await page.evaluate((d: unknown) => { (globalThis as { __benchDeals?: unknown }).__benchDeals = d; }, deals);
  return (await page.evaluate(`(async () => {
    const t0 = performance.now();
    const r = await chrome.runtime.sendMessage({ id: Date.now(), type: 'deals.ingest', timestamp: Date.now(),
      data: { url: 'https://bench.lightning.force.com/lightning/o/Opportunity/list', adapter: 'salesforce', pageKind: 'list', deals: globalThis.__benchDeals } });
    const ms = performance.now() - t0;
    if (!r || r.err) throw new Error('deals.ingest failed: ' + JSON.stringify(r && r.err));
    return { ms, reply: r.res };
  })()`)) as { ms: number; reply: IngestReply };
}

export async function swCall<T>(b: ExtensionBrowser, tools: string, call: string): Promise<T> {
  const sw: Worker = await b.worker();
  return (await sw.evaluate(`(async () => { ${tools}; return await globalThis.__pacerSw.${call}; })()`)) as T;
}
