import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { demoDistDir, findChromium } from '../../../scripts/browser/chromium';
import {
  callBackground,
  launchExtensionBrowser,
  openExtensionPage,
  readDb,
  type ExtensionBrowser,
} from '../../../scripts/browser/extension-browser';
import { HOOKS, inSidebar } from '../../../scripts/start/selectors';

/**
 * One Chromium per test file with the demo build loaded in a temp profile. Helpers read the
 * extension's own IndexedDB, open the popup and reach into the sidebar's shadow root.
 */
export const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface Pacer extends ExtensionBrowser {
  readDb<T = Record<string, unknown>>(table: string): Promise<T[]>;
  /** popup.html in a 400×600 tab (the size of the real popup). */
  openPopup(): Promise<Page>;
  /** One protocol message to the background, sent from a throw-away extension page. */
  call<T = unknown>(type: string, data?: unknown): Promise<T>;
}

export async function launchPacer(): Promise<Pacer> {
  const chromium = findChromium();
  if (!chromium.ok) throw new Error(chromium.message);
  const b = await launchExtensionBrowser({ chromiumPath: chromium.path, dist: demoDistDir(ROOT), headless: true });
  return {
    ...b,
    readDb: <T>(table: string) => readDb<T>(b, table),
    openPopup: () => openExtensionPage(b, 'popup.html', { width: 400, height: 600 }),
    call: async <T>(type: string, data?: unknown) => {
      const page = await openExtensionPage(b, 'popup.html');
      try {
        return await callBackground<T>(page, type, data);
      } finally {
        await page.close();
      }
    },
  };
}

/** Serves saved HTML at a real CRM URL (no network): proves the production match patterns. */
export async function routeFixture(context: BrowserContext, pattern: string, html: string): Promise<void> {
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** Locators inside the sidebar; Playwright's CSS engine pierces its open shadow root. */
export function sidebar(page: Page): { host: Locator; dealsRead: Locator; revenue: Locator; find(selector: string): Locator } {
  return {
    host: page.locator(HOOKS.sidebarHost),
    dealsRead: page.locator(inSidebar(HOOKS.dealsRead)).first(),
    revenue: page.locator(inSidebar(HOOKS.sidebarRevenue)).first(),
    find: (selector) => page.locator(inSidebar(selector)),
  };
}

export const popupRevenue = (popup: Page): Locator => popup.locator(HOOKS.popupRevenue).first();

/** Polls until `read()` gives a value `done` accepts, or throws with the last value seen. */
export async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await read();
  }
  return last;
}
