import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../lib/domain/deal';
import { launchPacer, ROOT, routeFixture, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * Teach mode on a built-in CRM's own page (HubSpot's deals table at its real URL): the taught
 * rows link to HubSpot deal records, so the deals are stored as HubSpot deals and merge with
 * what the HubSpot adapter stored; no `generic` copies appear.
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

const inTeach = (page: Page, sel: string) => page.locator(`pacer-teach ${sel}`).first();
const stepOf = (page: Page) => inTeach(page, '[data-testid="pacer-teach-step"]').getAttribute('data-step');
const deals = () => pacer.readDb<Deal>('deals');

describe('teach mode on a built-in CRM page', () => {
  it('stores taught HubSpot rows as the HubSpot deals they are', async () => {
    const page = await pacer.context.newPage();
    await page.goto(TABLE.url);
    await waitFor(deals, (d) => d.filter((x) => x.crm === 'hubspot').length === TABLE.deals, 'the adapter’s HubSpot deals');
    const toggle = sidebar(page).find('[data-testid="pacer-sidebar-toggle"]').first();
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await sidebar(page).find('[data-testid="pacer-teach"]').first().click();
    await inTeach(page, '[data-testid="pacer-teach-step"]').waitFor({ timeout: 15_000 });

    const row = 'tr[data-test-id="row-39192408198"]';
    await page.click(`${row} [data-test-id="name-link"]`);
    await waitFor(() => stepOf(page), (s) => s === 'amount', 'step amount');
    await page.click(`${row} [data-test-id="cell-amount"]`);
    await waitFor(() => stepOf(page), (s) => s === 'stage', 'step stage');
    for (let i = 0; i < 4; i++) await inTeach(page, '[data-testid="pacer-teach-skip"]').click();
    await waitFor(() => stepOf(page), (s) => s === 'review', 'review step');

    expect(await inTeach(page, '[data-testid="pacer-teach-count"]').textContent()).toBe(`Pacer would read ${TABLE.deals} deals`);
    expect(await inTeach(page, '[data-testid="pacer-teach-owner"]').textContent()).toContain('These are HubSpot deals');
    await inTeach(page, '[data-testid="pacer-teach-save"]').click();
    await inTeach(page, '[data-testid="pacer-teach-saved"]').waitFor();

    // Read again with the mapping: still one HubSpot deal per row, nothing stored as generic.
    await page.reload();
    await waitFor(async () => (await sidebar(page).dealsRead.textContent()) ?? '', (t) => /Generic/.test(t), 'the taught reader read the page');
    await new Promise((r) => setTimeout(r, 1000));
    const stored = await deals();
    expect(stored.filter((d) => d.crm === 'generic')).toEqual([]);
    expect(stored.filter((d) => d.crm === 'hubspot')).toHaveLength(TABLE.deals);
    expect(stored.find((d) => d.sourceId === '39192408198')).toMatchObject({ crm: 'hubspot', amount: 318000, stage: 'Qualified to buy' });
    await page.close();
  });
});
