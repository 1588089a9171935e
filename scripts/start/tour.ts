import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openExtensionPage, type ExtensionBrowser } from '../browser/extension-browser';
import { HOOKS, inSidebar } from './selectors';

/**
 * The headless walk of `npm start`: list → board (SPA navigation) → record, waiting each time for
 * the sidebar to show numbers, then the popup; screenshots of each into `dir`.
 */
export interface TourResult {
  screenshots: string[];
  sidebarDealsRead: string | null;
  sidebarRevenue: string | null;
  popupRevenue: string | null;
  problems: string[];
}

const hasDigit = /\d/;

async function sidebarText(page: Page, selector: string, timeout: number): Promise<string | null> {
  const loc = page.locator(inSidebar(selector)).first();
  try {
    await loc.waitFor({ state: 'visible', timeout });
    // Numbers arrive after the background answered; wait for a digit rather than a fixed delay.
    await page.waitForFunction(
      ([host, sel]) => {
        const el = document.querySelector(host as string)?.shadowRoot?.querySelector(sel as string);
        return !!el && /\d/.test(el.textContent ?? '');
      },
      [HOOKS.sidebarHost, selector] as const,
      { timeout },
    );
    return ((await loc.textContent()) ?? '').trim();
  } catch {
    return null;
  }
}

/**
 * Clicks like a user; when something (e.g. an unstyled sidebar) covers the link, falls back to a
 * synthetic click so the tour goes on, and reports it — a page Pacer blocks is a bug.
 */
async function click(page: Page, selector: string, problems: string[]): Promise<void> {
  const link = page.locator(selector).first();
  try {
    await link.click({ timeout: 5_000 });
  } catch {
    problems.push(`Could not click ${selector} on ${page.url()}: something covers it (the sidebar?).`);
    await link.dispatchEvent('click');
  }
}

export async function runTour(b: ExtensionBrowser, baseUrl: string, dir: string): Promise<TourResult> {
  mkdirSync(dir, { recursive: true });
  const r: TourResult = { screenshots: [], sidebarDealsRead: null, sidebarRevenue: null, popupRevenue: null, problems: [] };
  const shot = async (page: Page, name: string): Promise<void> => {
    const file = join(dir, name);
    await page.screenshot({ path: file });
    r.screenshots.push(file);
  };
  const page = await b.context.newPage();
  await page.goto(`${baseUrl}/deals`);
  r.sidebarDealsRead = await sidebarText(page, HOOKS.dealsRead, 30_000);
  r.sidebarRevenue = r.sidebarDealsRead === null ? null : await sidebarText(page, HOOKS.sidebarRevenue, 15_000);
  if (r.sidebarDealsRead === null) {
    const host = await page.locator(HOOKS.sidebarHost).count();
    r.problems.push(
      host === 0
        ? `The Pacer sidebar (<${HOOKS.sidebarHost}>) never appeared on ${baseUrl}/deals.`
        : `The sidebar appeared but ${HOOKS.dealsRead} never showed a number.`,
    );
  }
  await shot(page, 'demo-list-with-sidebar.png');
  // Once the sidebar is known to be missing, do not wait for it again on every page.
  const wait = r.sidebarDealsRead === null ? 1_000 : 15_000;

  // SPA navigation (history.pushState), as real CRMs do: the content script must follow.
  await click(page, 'a[data-nav="board"]', r.problems);
  await page.waitForURL('**/board');
  await page.locator('.deal-card').first().waitFor();
  await sidebarText(page, HOOKS.dealsRead, wait);
  await shot(page, 'demo-board-with-sidebar.png');

  await click(page, '.deal-card a.card-title', r.problems);
  await page.waitForURL('**/deals/*');
  await sidebarText(page, HOOKS.dealsRead, wait);
  await shot(page, 'demo-record-with-sidebar.png');
  await page.close();

  const popup = await openExtensionPage(b, 'popup.html', { width: 800, height: 600 });
  const revenue = popup.locator(HOOKS.popupRevenue).first();
  try {
    await revenue.waitFor({ state: 'visible', timeout: 15_000 });
    await popup.waitForFunction((sel) => /\d/.test(document.querySelector(sel)?.textContent ?? ''), HOOKS.popupRevenue, { timeout: 15_000 });
    r.popupRevenue = ((await revenue.textContent()) ?? '').trim();
  } catch {
    r.problems.push(`The popup never showed the team revenue (${HOOKS.popupRevenue}).`);
  }
  await shot(popup, 'popup.png');
  await popup.close();
  if (r.sidebarRevenue !== null && !hasDigit.test(r.sidebarRevenue)) r.problems.push('The sidebar revenue has no number.');
  return r;
}
