import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../lib/domain/deal';
import { openExtensionPage } from '../../scripts/browser/extension-browser';
import { launchPacer, type Pacer } from './support/launch';

/**
 * The service worker stopped (via CDP, as Chrome does to idle or crashed workers) in the middle of a
 * large ingest: the database is left consistent (the batch is all there or not at all, no orphan
 * change history, first-won aggregate matching the deals), and the next reads and writes complete.
 */
let pacer: Pacer;
/**
 * 24 pages of 2,000 deals, sent back to back as busy content scripts would: the worker stays busy
 * for seconds, and the kill (after the first commit) finds most of them still to be written.
 */
const BATCH = 2000;
const N = 24 * BATCH;
const deals = Array.from({ length: N }, (_, i) => ({
  crm: 'salesforce', sourceId: `006Fault${String(i).padStart(7, '0')}`, name: `Fault deal ${i}`, account: `Account ${i % 300}`,
  owner: `Rep ${i % 7}`, amount: 1000 + i, currency: 'USD', stage: i % 3 === 0 ? 'Closed Won' : 'Prospecting', status: i % 3 === 0 ? 'won' : 'open',
  closeDate: '2026-11-20', createdDate: '2026-10-01', probability: 50, url: `https://acme.my.salesforce.com/006Fault${String(i).padStart(7, '0')}`,
}));
const request = { url: 'https://acme.my.salesforce.com/006', adapter: 'salesforce', pageKind: 'list', deals };

beforeAll(async () => {
  pacer = await launchPacer();
}, 120_000);
afterAll(async () => {
  await pacer?.close();
});

describe('service worker stopped mid-ingest', () => {
  it('leaves a consistent database, and the next ingest and reads complete', async () => {
    const page = await openExtensionPage(pacer, 'options.html');
    const cdp = await pacer.context.newCDPSession(page);
    await pacer.call('settings.get'); // the worker is up
    // Fire the batches from the page and stop the worker (as Chrome stops a crashed or idle one)
    // while it validates and writes them.
    // Heard from this page: the data version the background bumps after each committed write
    // (storage.local). Listening before the first batch is sent, so no commit goes unheard.
    await page.evaluate(() => {
      (globalThis as { __committed?: Promise<void> }).__committed = new Promise<void>((res) => {
        chrome.storage.onChanged.addListener((changes, area) => { if (area === 'local' && changes.dataVersion) res(); });
      });
    });
    const started = Date.now();
    const replies = page.evaluate(async ({ req, batch }) => {
      const sends: Promise<string>[] = [];
      for (let i = 0; i < req.deals.length; i += batch) {
        const data = { ...req, deals: req.deals.slice(i, i + batch) };
        sends.push(chrome.runtime.sendMessage({ id: i, type: 'deals.ingest', data, timestamp: Date.now() }).then((r: { res?: { added: number } } | undefined) => (r?.res ? `added ${r.res.added}` : `no reply ${JSON.stringify(r)}`), (e: unknown) => `error ${String(e)}`));
      }
      return Promise.all(sends);
    }, { req: request, batch: BATCH }).catch((e: unknown) => [`page gone: ${String(e).slice(0, 80)}`]);
    // Wait until the worker has committed at least one batch: it is then provably mid-ingest. Not
    // a count asked of the busy worker, or of IndexedDB behind its queued write transactions:
    // with fast batches those answered only after the last one.
    await page.evaluate(() => (globalThis as { __committed?: Promise<void> }).__committed);
    const before = BATCH;
    // Chrome defers a graceful ServiceWorker.stopWorker until in-flight message events finish, so
    // the worker is killed the hard way: crashing the extension's renderer process, which hosts
    // both this page and the service worker (what a real renderer crash or OOM kill does).
    const crashed = page.waitForEvent('crash', { timeout: 30_000 });
    void cdp.send('Page.crash').catch(() => undefined); // never answers: its target is gone
    await crashed;
    const stoppedAfter = Date.now() - started;
    const answers = await replies;
    // The worker died with that process. Chrome starts it again for the next event; wake it with
    // a read-only message, rather than have the reads below wait (~20 s) for Chrome to restart it
    // on its own (the ingest after them still proves a later write completes).
    await pacer.call('settings.get');
    console.info(`[faults] extension process killed ${stoppedAfter} ms into ${N / BATCH} ingests (${before / BATCH} stored by then); the page saw: ${answers.slice(0, 3).join(' | ')}`);

    // Consistent: each batch all there or not at all; history and first-won agree with the deals.
    const stored = await pacer.readDb<Deal>('deals');
    const perBatch = new Map<number, number>();
    for (const d of stored) { const b = Math.floor(Number(d.sourceId.slice(8)) / BATCH); perBatch.set(b, (perBatch.get(b) ?? 0) + 1); }
    for (const [b, n] of perBatch) expect(n, `batch ${b}`).toBe(BATCH);
    // The kill really interrupted the work: some batches were stored, not all.
    expect(stored.length).toBeGreaterThanOrEqual(before);
    expect(stored.length).toBeLessThan(N);
    console.info(`[faults] ${stored.length / BATCH} of ${N / BATCH} batches were stored whole before the kill; none partly`);
    const observations = await pacer.readDb<{ crm: string; sourceId: string }>('observations');
    const keys = new Set(stored.map((d) => `${d.crm}:${d.sourceId}`));
    for (const o of observations) expect(keys.has(`${o.crm}:${o.sourceId}`)).toBe(true);
    const firstWon = await pacer.readDb<{ account: string }>('accountFirstWon');
    const wonAccounts = new Set(stored.filter((d) => d.status === 'won').map((d) => d.account?.normalize('NFKC').toLowerCase().trim()));
    expect(firstWon.length).toBe(wonAccounts.size);

    // Later work completes: the worker restarts on the next message, stores and answers.
    const more = deals.slice(0, 200).map((d) => ({ ...d, sourceId: d.sourceId.replace('Fault', 'After'), url: d.url.replace('Fault', 'After') }));
    const again = await pacer.call<{ added: number; rejected: unknown[] }>('deals.ingest', { ...request, deals: more });
    expect(again).toMatchObject({ added: 200, rejected: [] });
    const after = await pacer.readDb<Deal>('deals');
    expect(after.length).toBe(stored.length + 200);
    const team = await pacer.call<{ team: unknown }>('view.team', { today: '2026-11-27' });
    expect(team.team).toBeTruthy();
    await page.close().catch(() => undefined);
  }, 240_000);
});
