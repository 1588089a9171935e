import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../lib/domain/deal';
import type { Mapping } from '../../lib/domain/mapping';
import { launchPacer, ROOT, routeFixture, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * Teach mode in real Chromium on a headerless card list (the generic readers find nothing
 * there), served on the demo build's loopback host at a path the demo adapter does not claim.
 */
const FILE = resolve(ROOT, 'test/fixtures/generic/teach-cards-no-headers.html');
const HTML = readFileSync(FILE, 'utf8');
const URL_ = /<meta name="fixture-url" content="([^"]+)"/.exec(HTML)?.[1] ?? '';

let pacer: Pacer;
beforeAll(async () => {
  pacer = await launchPacer();
  await routeFixture(pacer.context, URL_, HTML);
  // Record links must not load anything while teaching; if one did, this page would say so.
  await routeFixture(pacer.context, 'http://127.0.0.1:4173/crm/deals/*', '<title>navigated</title>');
});
afterAll(async () => {
  await pacer?.close();
});

const inTeach = (page: Page, sel: string) => page.locator(`pacer-teach ${sel}`).first();
const stepOf = (page: Page) => inTeach(page, '[data-testid="pacer-teach-step"]').getAttribute('data-step');
const genericDeals = async () => (await pacer.readDb<Deal>('deals')).filter((d) => d.crm === 'generic');

async function openFromSidebar(page: Page): Promise<void> {
  const toggle = sidebar(page).find('[data-testid="pacer-sidebar-toggle"]').first();
  await toggle.waitFor();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await sidebar(page).find('[data-testid="pacer-teach"]').first().click();
  await inTeach(page, '[data-testid="pacer-teach-step"]').waitFor();
}

async function pick(page: Page, selector: string, next: string): Promise<void> {
  await page.click(selector);
  await waitFor(() => stepOf(page), (s) => s === next, `step ${next}`);
}

describe('teach mode', () => {
  it('reads nothing on its own from a list without headers', async () => {
    const page = await pacer.context.newPage();
    await page.goto(URL_);
    await sidebar(page).host.waitFor({ state: 'attached' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await genericDeals()).toEqual([]);
    await page.close();
  });

  it('Esc cancels teach mode and page clicks work again', async () => {
    const page = await pacer.context.newPage();
    await page.goto(URL_);
    await openFromSidebar(page);
    await page.keyboard.press('Escape');
    await waitFor(() => page.locator('pacer-teach [data-testid="pacer-teach"]').count(), (n) => n === 0, 'teach panel closed');
    await page.click('li[data-deal="d-101"] a.deal-title');
    await page.waitForURL('http://127.0.0.1:4173/crm/deals/101');
    expect(await page.title()).toBe('navigated');
    await page.close();
  });

  it('picks with the keyboard: arrows move the highlight, the panel announces it, Enter picks, Esc cancels', async () => {
    const page = await pacer.context.newPage();
    await page.goto(URL_);
    await openFromSidebar(page);
    const live = inTeach(page, '[data-testid="pacer-teach-highlighted"]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    const arrowTo = async (text: string) => {
      for (let i = 0; i < 12 && (await live.textContent()) !== `Highlighted: ${text}`; i++) await page.keyboard.press('ArrowRight');
      expect(await live.textContent()).toBe(`Highlighted: ${text}`);
    };
    await arrowTo('Harbor Logistics – telematics');
    await page.keyboard.press('Enter');
    await waitFor(() => stepOf(page), (s) => s === 'amount', 'step amount');
    expect(page.url()).toBe(URL_); // Enter on the highlighted link did not follow it
    await arrowTo('$12,000');
    // ↑ widens to the meta line, ↓ comes back to its first child
    await page.keyboard.press('ArrowUp');
    expect(await live.textContent()).toMatch(/^Highlighted: \$12,000 · Proposal/);
    await page.keyboard.press('ArrowDown');
    expect(await live.textContent()).toBe('Highlighted: $12,000');
    await page.keyboard.press('Enter');
    await waitFor(() => stepOf(page), (s) => s === 'stage', 'step stage');
    expect(await inTeach(page, '[data-testid="pacer-teach-count"]').textContent()).toBe('Pacer would read 5 deals');
    await page.keyboard.press('Escape');
    await waitFor(() => page.locator('pacer-teach [data-testid="pacer-teach"]').count(), (n) => n === 0, 'teach panel closed');
    expect(await pacer.readDb<Mapping>('mappings')).toEqual([]);
    await page.close();
  });

  it('learns from clicks on one deal, previews every deal, saves, stores them and the sidebar shows them', async () => {
    const page = await pacer.context.newPage();
    await page.goto(URL_);
    await openFromSidebar(page);
    expect(await stepOf(page)).toBe('name');

    const row = 'li[data-deal="d-102"]';
    await pick(page, `${row} a.deal-title`, 'amount');
    expect(page.url()).toBe(URL_); // the link was swallowed, not followed
    await pick(page, `${row} .meta-amount`, 'stage');
    await pick(page, `${row} .meta-stage`, 'closeDate');
    await pick(page, `${row} .meta-date`, 'owner');
    await pick(page, `${row} .meta-owner`, 'account');
    await inTeach(page, '[data-testid="pacer-teach-skip"]').click();
    await waitFor(() => stepOf(page), (s) => s === 'review', 'review step');

    expect(await inTeach(page, '[data-testid="pacer-teach-count"]').textContent()).toBe('Pacer would read 5 deals');
    const preview = (await inTeach(page, '[data-testid="pacer-teach-preview"]').textContent()) ?? '';
    for (const name of ['Harbor Logistics – telematics', 'Northwind renewal', 'Blue Ridge laptops', 'Pinecrest PMS', 'Orchard ERP phase 2']) {
      expect(preview).toContain(name);
    }
    expect(preview).toContain('$51,000');

    await inTeach(page, '[data-testid="pacer-teach-label"]').fill('In-house deals');
    await inTeach(page, '[data-testid="pacer-teach-save"]').click();
    await inTeach(page, '[data-testid="pacer-teach-saved"]').waitFor();

    const mappings = await pacer.readDb<Mapping>('mappings');
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({ host: '127.0.0.1', pathPattern: '/crm/deals', label: 'In-house deals', idFrom: 'link' });

    const deals = await waitFor(genericDeals, (d) => d.length === 5, 'the taught deals in IndexedDB');
    const byId = new Map(deals.map((d) => [d.sourceId, d]));
    expect(byId.get('127.0.0.1:4173/103')).toMatchObject({ name: 'Blue Ridge laptops', amount: 30250, currency: 'USD', stage: 'Closed Won', status: 'won', closeDate: '2026-11-03', owner: 'Ana Ruiz' });
    expect(byId.get('127.0.0.1:4173/104')).toMatchObject({ status: 'lost', amount: 4000, owner: 'Liu Wei' });

    await waitFor(async () => (await sidebar(page).dealsRead.textContent()) ?? '', (t) => /\b5\b/.test(t), 'the sidebar counting 5 deals');

    // A reload reads with the saved mapping straight away.
    await page.reload();
    await waitFor(async () => (await sidebar(page).dealsRead.textContent()) ?? '', (t) => /\b5\b/.test(t), 'the sidebar after a reload');
    await page.close();
  });
});
