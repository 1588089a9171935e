import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../lib/domain/deal';
import type { Mapping } from '../../lib/domain/mapping';
import { launchPacer, ROOT, routeFixture, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * Each built-in CRM loads only its own content script (issue #10, ≤ 25 KB gzip); teach mode and
 * the taught-mapping reader are injected on demand (`teach.inject`). Real Chromium, a HubSpot
 * fixture at its real URL.
 */
const FIXTURES = resolve(ROOT, 'test/fixtures/crm-pages');
const index = JSON.parse(readFileSync(resolve(FIXTURES, 'index.json'), 'utf8')) as { file: string; url: string; deals: number }[];
const TABLE = index.find((x) => x.file === 'hubspot-deals-table.html')!;
const HTML = readFileSync(resolve(FIXTURES, TABLE.file), 'utf8');

let pacer: Pacer;
beforeAll(async () => {
  pacer = await launchPacer();
  await routeFixture(pacer.context, TABLE.url, HTML);
});
afterAll(async () => {
  await pacer?.close();
});

/** The fixture in a new tab, once Pacer's sidebar host is in the page. */
async function open(): Promise<Page> {
  const page = await pacer.context.newPage();
  await page.goto(TABLE.url);
  await sidebar(page).host.waitFor({ state: 'attached' });
  return page;
}

describe('per-CRM content scripts', () => {
  it('mounts one sidebar from the HubSpot script, without teach mode until asked', async () => {
    const page = await open();
    await waitFor(() => pacer.readDb<Deal>('deals'), (d) => d.filter((x) => x.crm === 'hubspot').length === TABLE.deals, 'HubSpot deals stored');
    expect(await page.locator('pacer-sidebar').count()).toBe(1);
    expect(await page.locator('pacer-teach').count()).toBe(0);
    await page.close();
  });

  it('injects teach mode when the sidebar asks for it, and Esc closes it', async () => {
    const page = await open();
    const toggle = sidebar(page).find('[data-testid="pacer-sidebar-toggle"]').first();
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await sidebar(page).find('[data-testid="pacer-teach"]').first().click();
    await page.locator('pacer-teach [data-testid="pacer-teach-step"]').first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await waitFor(() => page.locator('pacer-teach [data-testid="pacer-teach"]').count(), (n) => n === 0, 'teach panel closed');
    await page.close();
  });

  it('reads with a taught mapping on a built-in CRM page (reader injected on demand)', async () => {
    const now = new Date().toISOString();
    const host = new URL(TABLE.url).host;
    const mapping: Mapping = {
      id: 'm-hubspot-e2e', host, pathPattern: new URL(TABLE.url).pathname, label: 'HubSpot deals (taught)', row: 'tr[data-test-id^="row-"]',
      fields: { name: '[data-test-id="truncated-object-label"]' }, idFrom: null, createdAt: now, updatedAt: now,
    };
    await pacer.call('mappings.save', mapping);
    const page = await open();
    // The taught reader keeps the CRM's ids (the same HubSpot deals); the sidebar names the reader.
    const line = sidebar(page).dealsRead;
    await waitFor(() => line.textContent(), (t) => /Generic/.test(t ?? ''), 'the sidebar says the taught (Generic) reader read the page');
    expect(await line.textContent()).toContain(String(TABLE.deals));
    await page.close();
  });
});
