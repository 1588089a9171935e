import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../lib/domain/deal';
import { openExtensionPage } from '../../scripts/browser/extension-browser';
import { launchPacer, ROOT, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * A whole session (CRM pages of four CRMs read, sidebar, popup, options, export) while every request
 * of every page and of the extension's service worker is recorded. Only the routed fixture hosts
 * (the CRM pages themselves) and chrome-extension:// may appear: Pacer makes no network requests.
 * Three layers, so a request cannot slip past one of them: Playwright's context `request` events
 * (pages and, in Chromium, the service worker), a catch-all route, and fetch/XHR/WebSocket/beacon
 * wrappers installed inside the service worker and every extension page.
 */
const DIR = join(ROOT, 'test', 'fixtures', 'crm-pages');
const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { file: string; url: string; deals: number; crm: string }[];
const SESSION = ['sf-opportunity-list.html', 'hubspot-deals-table.html', 'pipedrive-deals-list.html', 'zoho-deals-list.html', 'dynamics-opportunities-grid.html']
  .map((f) => index.find((e) => e.file === f) ?? (() => { throw new Error(`${f} missing from index.json`); })());
const FIXTURE_HOSTS = new Set(SESSION.map((e) => new URL(e.url).host));

let pacer: Pacer;
const requests: { url: string; from: string }[] = [];
const routed: string[] = [];

/** Counts network API calls in an extension context (page or service worker). */
function installNetworkSpy(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const g = globalThis as unknown as Record<string, unknown> & { __pacerNet?: string[] };
  if (g.__pacerNet) return;
  const calls: string[] = [];
  g.__pacerNet = calls;
  const origFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(location.origin)) calls.push(`fetch ${url}`);
    return origFetch(input, init);
  }) as typeof fetch;
  if (typeof XMLHttpRequest !== 'undefined') {
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      calls.push(`xhr ${String(url)}`);
      return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XMLHttpRequest.prototype.open;
  }
  if (typeof WebSocket !== 'undefined') {
    const WS = WebSocket;
    globalThis.WebSocket = function (url: string | URL, protocols?: string | string[]) { calls.push(`ws ${String(url)}`); return new WS(url, protocols); } as unknown as typeof WebSocket;
  }
  if (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function') {
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => { calls.push(`beacon ${String(url)}`); return beacon(url, data); };
  }
}

const spyCalls = async (): Promise<string[]> => {
  const sw = await pacer.worker();
  const fromSw = await sw.evaluate(() => (globalThis as unknown as { __pacerNet?: string[] }).__pacerNet ?? ['(spy missing: the worker restarted)']);
  const fromPages = await Promise.all(pacer.context.pages()
    .filter((p) => p.url().startsWith('chrome-extension://'))
    .map((p) => p.evaluate(() => (globalThis as unknown as { __pacerNet?: string[] }).__pacerNet ?? []).catch(() => [] as string[])));
  return [...fromSw, ...fromPages.flat()];
};

beforeAll(async () => {
  pacer = await launchPacer();
  pacer.context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : (r.frame().page().url() || 'page') }));
  await pacer.context.addInitScript(installNetworkSpy);
  await (await pacer.worker()).evaluate(installNetworkSpy);
  const pages = new Map(SESSION.map((e) => [e.url, readFileSync(join(DIR, e.file), 'utf8')]));
  await pacer.context.route('**/*', (route) => {
    const url = route.request().url();
    routed.push(url);
    // The extension's own files (its pages' scripts and styles) load as usual.
    if (url.startsWith(`chrome-extension://${pacer.extensionId}/`)) return route.continue();
    const html = pages.get(url);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    // Sub-resources a saved CRM page names (images, CSS) on its own host: empty, still recorded.
    if (FIXTURE_HOSTS.has(new URL(url).host)) return route.fulfill({ status: 204, body: '' });
    return route.abort();
  });
}, 120_000);

afterAll(async () => {
  await pacer?.close();
});

const allowed = (url: string): boolean => {
  if (url.startsWith(`chrome-extension://${pacer.extensionId}/`)) return true;
  if (url.startsWith(`blob:chrome-extension://${pacer.extensionId}/`) || url.startsWith('data:')) return true;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && FIXTURE_HOSTS.has(u.host);
  } catch {
    return false;
  }
};

describe('no network', () => {
  it('a whole session makes no request beyond the CRM pages themselves', async () => {
    for (const entry of SESSION) {
      const page = await pacer.context.newPage();
      await page.goto(entry.url);
      await waitFor(async () => (await pacer.readDb<Deal>('deals')).filter((d) => d.crm === entry.crm).length, (n) => n >= entry.deals, `${entry.file} in IndexedDB`, 30_000);
      await sidebar(page).dealsRead.waitFor({ timeout: 20_000 });
      await page.close();
    }

    const popup = await openExtensionPage(pacer, 'popup.html', { width: 800, height: 600 });
    await popup.locator('[data-testid="pacer-team-row"]').first().waitFor({ timeout: 20_000 });
    await popup.locator('[data-testid="pacer-team-row"] th button').first().click();
    await popup.waitForTimeout(500);

    const options = await openExtensionPage(pacer, 'options.html');
    await options.waitForLoadState('load');
    await options.waitForTimeout(500);
    // Export as the options page does it: the backup through the background, saved as a blob.
    const exported = await options.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ id: 1, type: 'data.export', data: undefined, timestamp: Date.now() })) as { res?: { deals: unknown[] } };
      const url = URL.createObjectURL(new Blob([JSON.stringify(reply.res)], { type: 'application/json' }));
      URL.revokeObjectURL(url);
      return reply.res?.deals.length ?? -1;
    });
    expect(exported).toBeGreaterThanOrEqual(SESSION.reduce((n, e) => n + e.deals, 0));
    await pacer.call('data.exportSnapshotsCsv');

    const calls = await spyCalls();
    await Promise.all([popup.close(), options.close()]);

    const outside = requests.filter((r) => !allowed(r.url));
    expect(outside, JSON.stringify(outside, null, 1)).toEqual([]);
    expect(routed.filter((u) => !allowed(u))).toEqual([]);
    expect(calls).toEqual([]);
    // The recording works: the CRM pages themselves were seen, and a deliberate request from the
    // service worker and from an extension page is caught by every layer.
    for (const e of SESSION) expect(requests.some((r) => r.url === e.url)).toBe(true);
    const probe = await openExtensionPage(pacer, 'options.html');
    await probe.evaluate(() => fetch('https://evil.example/from-page').catch(() => undefined));
    await (await pacer.worker()).evaluate(() => fetch('https://evil.example/from-worker').catch(() => undefined));
    const caught = await spyCalls();
    await probe.close();
    expect(caught).toEqual(expect.arrayContaining([expect.stringContaining('from-page'), expect.stringContaining('from-worker')]));
    expect(routed).toEqual(expect.arrayContaining(['https://evil.example/from-page', 'https://evil.example/from-worker']));
    expect(requests.map((r) => r.url)).toEqual(expect.arrayContaining(['https://evil.example/from-page', 'https://evil.example/from-worker']));
  });
});
