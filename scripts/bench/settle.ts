import type { Page } from 'playwright-core';

/**
 * Waits out the background's own follow-up work so a measure never runs beside it: past the
 * team view's refresh delay after the last write (team-view-cache.ts), then until that view
 * has answered, and, for the popup, until today's snapshot exists (the hourly alarm has taken it
 * in any browser open for a while; the first popup of a day asks for it after its team view).
 * `page` is an extension page: raw protocol messages as @webext-core/messaging sends them.
 */
export async function settle(page: Page, o: { snapshot?: boolean } = {}): Promise<void> {
  await page.waitForTimeout(2_000);
  await page.evaluate(`(async () => {
    const ask = async (type) => {
      const r = await chrome.runtime.sendMessage({ id: Date.now(), type, timestamp: Date.now(), data: {} });
      if (!r || r.err) throw new Error(type + ' failed: ' + JSON.stringify(r && r.err));
    };
    await ask('view.team');
    ${o.snapshot ? "await ask('snapshots.ensureToday');" : ''}
  })()`);
}
