import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../lib/domain/deal';
import { openExtensionPage } from '../../scripts/browser/extension-browser';
import { bigCellPage, bigTablePage, deepDomPage, payloadPage, DEEP_LEVELS } from '../fixtures/hostile/pages';
import { CANARY, CLEANED, HOSTILE_HOST, HOSTILE_LIST_URL } from '../fixtures/hostile/payloads';
import { launchPacer, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * Hostile CRM pages at a real Salesforce URL in Chromium with the built extension: no dialog ever
 * opens, no payload ever runs (a `window.__pwned` canary), the sidebar and popup show the text
 * literally, stored links are http(s) on the CRM's host only, and the page stays responsive while
 * Pacer reads 50,000 rows.
 */
const d = new Date();
const TODAY = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const PAGES: Record<string, string> = {
  '00BHs00000Hostile': payloadPage(TODAY).html,
  'big-cell': bigCellPage(TODAY).html,
  deep: deepDomPage(TODAY).html,
  '50k': bigTablePage(TODAY).html,
};
const urlFor = (key: string) => `https://${HOSTILE_HOST}/006?fcf=${key}`;

let pacer: Pacer;
const dialogs: string[] = [];
/** Anything the pages asked the CRM host for besides the pages themselves (e.g. `<img src=x>` rendered as HTML). */
const strayRequests: string[] = [];

const watch = (p: Page) => p.on('dialog', (dlg) => { dialogs.push(`${dlg.type()}: ${dlg.message()}`); void dlg.dismiss(); });
const canary = (p: Page) => p.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, CANARY);
const salesforceDeals = async () => (await pacer.readDb<Deal>('deals')).filter((x) => x.crm === 'salesforce');

/**
 * In the service worker: 0 until the last big-table deal is stored, then how many deals there are and
 * how many carry a link that is not on the CRM host (counted there: 50,000 rows never cross CDP).
 */
async function countStored({ id, prefix }: { id: string; prefix: string }): Promise<{ stored: number; offHost: number }> {
  const db = await new Promise<IDBDatabase>((res, rej) => { const r = indexedDB.open('pacer'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  try {
    const store = db.transaction('deals', 'readonly').objectStore('deals');
    const has = await new Promise<boolean>((res) => { const g = store.get(['salesforce', id]); g.onsuccess = () => res(g.result !== undefined); g.onerror = () => res(false); });
    if (!has) return { stored: 0, offHost: 0 };
    return await new Promise((res, rej) => {
      let stored = 0;
      let offHost = 0;
      const c = store.openCursor();
      c.onerror = () => rej(c.error);
      c.onsuccess = () => {
        const cur = c.result;
        if (!cur) { res({ stored, offHost }); return; }
        const url = (cur.value as { url?: string | null }).url;
        stored++;
        if (url && !url.startsWith(prefix)) offHost++;
        cur.continue();
      };
    });
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  pacer = await launchPacer();
  pacer.context.on('page', watch);
  for (const p of pacer.context.pages()) watch(p);
  await pacer.context.route(`https://${HOSTILE_HOST}/**`, (route) => {
    const url = new URL(route.request().url());
    const html = url.pathname === '/006' ? PAGES[url.searchParams.get('fcf') ?? ''] : undefined;
    if (html === undefined) {
      strayRequests.push(url.href);
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  await pacer.context.route('https://evil.example/**', (route) => { strayRequests.push(route.request().url()); return route.abort(); });
}, 120_000);

afterAll(async () => {
  await pacer?.close();
});

describe('hostile CRM pages', () => {
  it('stores payloads as text, keeps only same-host http(s) links, and shows them literally', async () => {
    const { deals: expected } = payloadPage(TODAY);
    const page = await pacer.context.newPage();
    await page.goto(HOSTILE_LIST_URL);
    const stored = await waitFor(salesforceDeals, (x) => x.length >= expected.length, 'the hostile deals in IndexedDB');
    for (const e of expected) {
      const s = stored.find((x) => x.sourceId === e.sourceId);
      expect(s, e.sourceId).toMatchObject({ name: e.name, account: e.account, owner: e.owner, url: e.url ?? null });
    }

    // The sidebar's list of rows read: exactly the names, as text, and no element made from them.
    const sb = sidebar(page);
    await sb.dealsRead.waitFor({ timeout: 20_000 });
    // The list is built when the user opens it (components/sidebar/reader-status.tsx); opened
    // in place: the summary sits below the fold of the sidebar's scrolling body on this page.
    await sb.find('details.pacer-sb__rows').first().evaluate((d) => { (d as HTMLDetailsElement).open = true; });
    const names = sb.find('[data-testid="pacer-rows-read"] .pacer-sb__row-name');
    await waitFor(() => names.count(), (n) => n === expected.length, 'the sidebar rows');
    expect(await names.allTextContents()).toEqual(expected.map((e) => e.name));
    expect(await sb.find('[data-testid="pacer-rows-read"] :is(img, script, svg, iframe, style, a)').count()).toBe(0);
    expect(await sb.find('[onerror], [onload]').count()).toBe(0);

    // The popup's team table: the payload owners as button text.
    const popup = await openExtensionPage(pacer, `popup.html?today=${TODAY}`, { width: 800, height: 600 });
    await popup.locator('[data-testid="pacer-team-row"]').first().waitFor({ timeout: 20_000 });
    const owners = await popup.locator('[data-testid="pacer-team-row"] th button').allTextContents();
    expect(owners.map((o) => o.trim()).sort()).toEqual([CLEANED.imgOnerror, CLEANED.svgOnload, CLEANED.template, 'Maria Chen'].sort());
    // The rep view of a payload owner (deal warnings, agenda) renders names as text too.
    await popup.locator('[data-testid="pacer-team-row"] th button', { hasText: CLEANED.imgOnerror }).click();
    await popup.waitForTimeout(500);
    expect(await popup.locator('img[src="x"], svg[onload], iframe, [onerror], script:not([src])').count()).toBe(0);
    const options = await openExtensionPage(pacer, 'options.html');
    await options.waitForLoadState('load');

    for (const p of [page, popup, options]) expect(await canary(p), p.url()).toBeNull();
    expect(dialogs).toEqual([]);
    expect(strayRequests).toEqual([]);
    await Promise.all([popup.close(), options.close(), page.close()]);
  });

  it('reads a 1 MB cell (capped) and a table under 5,000 nested divs without breaking the page', async () => {
    const big = bigCellPage(TODAY).deals[0]!;
    const deep = deepDomPage(TODAY).deals[0]!;
    const page = await pacer.context.newPage();
    await page.goto(urlFor('big-cell'));
    const storedBig = await waitFor(salesforceDeals, (x) => x.some((s) => s.sourceId === big.sourceId), 'the 1 MB-cell deal', 60_000);
    expect(storedBig.find((s) => s.sourceId === big.sourceId)?.account).toBe(big.account);

    await page.close();
    const deepPage = await pacer.context.newPage();
    await deepPage.goto(urlFor('deep'));
    const depth = await deepPage.evaluate(() => { let n = 0; for (let el = document.getElementById('deep-cell') as Element | null; el; el = el.firstElementChild) n++; return n; });
    expect(depth).toBeGreaterThan(DEEP_LEVELS);
    const storedDeep = await waitFor(salesforceDeals, (x) => x.some((s) => s.sourceId === deep.sourceId), 'the deep-DOM deal', 60_000);
    expect(storedDeep.find((s) => s.sourceId === deep.sourceId)).toMatchObject({ account: 'Deep Account', url: deep.url });
    expect(await canary(deepPage)).toBeNull();
    await deepPage.close();
  });

  it('never stored a link that is not http(s) on the CRM host', async () => {
    const deals = await salesforceDeals();
    expect(deals.length).toBeGreaterThan(0);
    for (const x of deals) {
      if (x.url === null) continue;
      const u = new URL(x.url);
      expect(`${u.protocol}//${u.hostname}`, x.url).toBe(`https://${HOSTILE_HOST}`);
    }
  });

  it('keeps the page responsive while reading 50,000 rows', async () => {
    const { count, lastId } = bigTablePage(TODAY);
    const page = await pacer.context.newPage();
    const started = Date.now();
    await page.goto(urlFor('50k'), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const loadedMs = Date.now() - started;
    // Round trips into the page and a real click, every 250 ms, while the content script reads and
    // sends and the service worker stores (polled on its own, so a busy worker never delays a probe).
    const evalMs: number[] = [];
    const clickMs: number[] = [];
    let stored = 0;
    let offHost = 0;
    let done = false;
    const probing = (async () => {
      while (!done) {
        let t = Date.now();
        await page.evaluate(() => 1);
        evalMs.push(Date.now() - t);
        // A real mouse click on the fixed probe button: by coordinates, because a Playwright
        // selector walks all 300,000 elements (and every shadow root) and would measure itself.
        t = Date.now();
        await page.mouse.click(8, 8);
        clickMs.push(Date.now() - t);
        await page.waitForTimeout(250);
      }
    })();
    // A cap, not a budget: 86-126 s seen on the shared 2-core CI machine before round 3, 163-188 s
    // after it (each of 50 ingest commits made the open sidebar reload its view over every stored
    // deal); with live view loads coalesced, 154 s in this test at load average ~14 and 73 s in a
    // side-by-side script run (s4-pipe report, issue #10).
    const until = Date.now() + 180_000;
    while (Date.now() < until && stored < count) {
      ({ stored, offHost } = await pacer.worker().then((w) => w.evaluate(countStored, { id: lastId, prefix: `https://${HOSTILE_HOST}/` })));
      if (stored < count) await new Promise((r) => setTimeout(r, 500));
    }
    done = true;
    await probing;
    const clicks = await page.evaluate(() => (window as unknown as { __probeClicks?: number }).__probeClicks ?? 0);
    const max = (xs: number[]) => Math.max(0, ...xs);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    console.info(`[hostile] 50k rows: load ${loadedMs} ms, read+stored in ${Date.now() - started} ms, evaluate round trip `
      + `max ${max(evalMs)} / median ${median(evalMs)} ms (n=${evalMs.length}), click max ${max(clickMs)} / median ${median(clickMs)} ms, clicks handled ${clicks}`);
    expect(stored).toBeGreaterThanOrEqual(count);
    expect(offHost).toBe(0);
    expect(clicks).toBeGreaterThan(0);
    // Generous: the point is "never frozen for long", not a tight budget on a shared 2-core machine.
    expect(max(evalMs)).toBeLessThan(60_000);
    expect(max(clickMs)).toBeLessThan(60_000);
    expect(await canary(page)).toBeNull();
    expect(dialogs).toEqual([]);
    await page.close();
  }, 300_000);
});
