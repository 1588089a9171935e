import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal, ExtractedDeal } from '../../lib/domain/deal';
import { startTestDemoServer, type DemoServer } from './support/demo-server';
import { launchPacer, popupRevenue, ROOT, routeFixture, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * The whole path in real Chromium with the built extension: CRM page → adapter → content script →
 * background → IndexedDB → engines → sidebar (shadow root) and popup.
 */
let pacer: Pacer;
let demo: DemoServer;

beforeAll(async () => {
  demo = await startTestDemoServer();
  pacer = await launchPacer();
});
afterAll(async () => {
  await pacer?.close();
  await demo?.close();
});

const dealsOf = async (crm: string): Promise<Deal[]> => (await pacer.readDb<Deal>('deals')).filter((d) => d.crm === crm);

describe('demo CRM end to end', () => {
  it('reads the list page into IndexedDB, shows it in the sidebar and the same revenue in the popup', async () => {
    const page = await pacer.context.newPage();
    await page.goto(`${demo.url}/deals`);

    const stored = await waitFor(() => dealsOf('demo'), (d) => d.length === demo.deals.length, 'the demo deals in IndexedDB');
    const first = demo.deals[0];
    expect(stored.find((d) => d.sourceId === first?.id)).toMatchObject({
      name: first?.name,
      owner: first?.owner,
      amount: first?.amount,
      currency: first?.currency,
      stage: first?.stage,
      status: first?.status,
      closeDate: first?.closeDate,
      url: `${demo.url}/deals/${first?.id}`,
    });

    const sb = sidebar(page);
    await sb.dealsRead.waitFor({ timeout: 20_000 });
    await waitFor(async () => (await sb.dealsRead.textContent()) ?? '', (t) => new RegExp(`\\b${demo.deals.length}\\b`).test(t), 'the sidebar deal count');
    const revenue = await waitFor(async () => ((await sb.revenue.textContent()) ?? '').trim(), (t) => /\d/.test(t), 'the sidebar revenue');

    const popup = await pacer.openPopup();
    const popupText = await waitFor(async () => ((await popupRevenue(popup).textContent().catch(() => '')) ?? '').trim(), (t) => /\d/.test(t), 'the popup revenue');
    expect(popupText).toBe(revenue);
    await popup.close();
    await page.close();
  });

  it('follows SPA navigation (pushState) to the board and a record without mounting twice', async () => {
    const page = await pacer.context.newPage();
    await page.goto(`${demo.url}/deals`);
    const sb = sidebar(page);
    await sb.dealsRead.waitFor({ timeout: 20_000 });
    // A real click: the sidebar must never cover the CRM's own navigation.
    await page.locator('a[data-nav="board"]').click({ timeout: 10_000 });
    await page.waitForURL('**/board');
    await page.locator('.deal-card').first().waitFor();
    await sb.dealsRead.waitFor();
    expect(await sb.host.count()).toBe(1);
    await page.locator('.deal-card a.card-title').first().click({ timeout: 10_000 });
    await page.waitForURL('**/deals/D-*');
    await sb.dealsRead.waitFor();
    expect(await sb.host.count()).toBe(1);
    await page.close();
  });
});

describe('production match patterns', () => {
  it('reads a Salesforce list served at its real Lightning URL', async () => {
    const dir = join(ROOT, 'test', 'fixtures', 'crm-pages');
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string; url: string; expected: string }[];
    const entry = index.find((f) => f.file === 'sf-opportunity-list.html');
    if (!entry) throw new Error('sf-opportunity-list.html missing from test/fixtures/crm-pages/index.json');
    const expected = JSON.parse(readFileSync(join(dir, entry.expected), 'utf8')) as ExtractedDeal[];
    await routeFixture(pacer.context, 'https://*.lightning.force.com/**', readFileSync(join(dir, entry.file), 'utf8'));

    const page = await pacer.context.newPage();
    await page.goto(entry.url);
    const stored = await waitFor(() => dealsOf('salesforce'), (d) => d.length === expected.length, 'the Salesforce deals in IndexedDB');
    for (const e of expected) {
      const got = stored.find((d) => d.sourceId === e.sourceId);
      expect(got, e.sourceId).toMatchObject({ name: e.name, amount: e.amount, currency: e.currency, status: e.status, closeDate: e.closeDate });
    }
    await page.close();
  });
});
