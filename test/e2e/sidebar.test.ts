import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsatEntry } from '../../lib/domain/csat';
import type { Deal } from '../../lib/domain/deal';
import type { Goal } from '../../lib/domain/goal';
import type { Observation } from '../../lib/domain/observation';
import { settingsSchema, type Settings } from '../../lib/domain/settings';
import { formatMoney } from '../../lib/i18n/format';
import { currentPeriod } from '../../lib/periods';
import { computeScope } from '../../lib/report';
import { launchPacer, ROOT, routeFixture, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * The sidebar in real Chromium on CRM fixture pages served at their real URLs. Expected figures
 * come from the engine (`computeScope`) over the deals read back from the extension's IndexedDB.
 */
const FIXTURES = resolve(ROOT, 'test/fixtures/crm-pages');
const index = JSON.parse(readFileSync(resolve(FIXTURES, 'index.json'), 'utf8')) as { file: string; url: string; deals: number }[];
const fixture = (file: string) => {
  const f = index.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return { ...f, html: readFileSync(resolve(FIXTURES, file), 'utf8') };
};
const TABLE = fixture('hubspot-deals-table.html');
const HOSTILE = fixture('hubspot-deals-table-hostile.html');

let pacer: Pacer;
beforeAll(async () => {
  pacer = await launchPacer();
  await routeFixture(pacer.context, TABLE.url, TABLE.html);
  await routeFixture(pacer.context, HOSTILE.url, HOSTILE.html);
});
afterAll(async () => {
  await pacer?.close();
});

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function engineRevenue(kind: 'quarter' | 'year'): Promise<{ value: number; text: string }> {
  const meta = await pacer.readDb<{ key: string; value: unknown }>('meta');
  const settings: Settings = settingsSchema.parse(meta.find((m) => m.key === 'settings')?.value ?? {});
  const data = {
    deals: (await pacer.readDb<Deal & { undated?: 1 }>('deals')).map(({ undated: _u, ...d }) => d),
    observations: (await pacer.readDb<Observation & { id?: number }>('observations')).map(({ id: _id, ...o }) => o),
    goals: await pacer.readDb<Goal>('goals'),
    csat: await pacer.readDb<CsatEntry>('csat'),
    settings,
  };
  const today = localToday();
  const scope = computeScope(data, { today, period: currentPeriod(kind, today, settings), scope: 'team', owner: null, lang: 'en' });
  return { value: scope.kpis.revenueWon, text: formatMoney(scope.kpis.revenueWon, settings.baseCurrency, 'en') };
}

const storedCount = async () => (await pacer.readDb<Deal>('deals')).filter((d) => d.crm === 'hubspot').length;
const toggle = (page: Page) => sidebar(page).find('[data-testid="pacer-sidebar-toggle"]').first();
const expanded = async (page: Page) => (await toggle(page).getAttribute('aria-expanded')) === 'true';

describe('sidebar on CRM pages', () => {
  it('shows the deals read and the engine revenue for the stored data, per period', async () => {
    const page = await pacer.context.newPage();
    await page.goto(TABLE.url);
    await waitFor(storedCount, (n) => n === TABLE.deals, 'the HubSpot deals in IndexedDB');
    const sb = sidebar(page);
    await waitFor(async () => (await sb.dealsRead.textContent()) ?? '', (t) => t.includes(String(TABLE.deals)), 'the deals-read line');
    expect(await sb.dealsRead.textContent()).toMatch(new RegExp(`\\b${TABLE.deals} deals read from this list\\b`));

    const quarter = await engineRevenue('quarter');
    await waitFor(async () => ((await sb.revenue.textContent()) ?? '').trim(), (t) => t === quarter.text, `the quarter revenue ${quarter.text}`);

    await sb.find('button[data-value="year"]').click();
    const year = await engineRevenue('year');
    expect(year.value).toBeGreaterThan(0);
    await waitFor(async () => ((await sb.revenue.textContent()) ?? '').trim(), (t) => t === year.text, `the fiscal-year revenue ${year.text}`);
    await page.close();
  });

  it('remembers collapse and expand across a reload', async () => {
    const page = await pacer.context.newPage();
    await page.goto(TABLE.url);
    await toggle(page).waitFor();
    if (!(await expanded(page))) await toggle(page).click();
    expect(await expanded(page)).toBe(true);
    await toggle(page).click();
    expect(await expanded(page)).toBe(false);
    await expect(sidebar(page).find('aside').first().isHidden()).resolves.toBe(true);

    await page.reload();
    await toggle(page).waitFor();
    expect(await expanded(page)).toBe(false);
    await toggle(page).click();
    expect(await expanded(page)).toBe(true);

    await page.reload();
    await toggle(page).waitFor();
    expect(await expanded(page)).toBe(true);
    // Esc inside the panel collapses it too.
    await sidebar(page).find('[data-testid="pacer-kpi-revenueWon"]').first().waitFor();
    await sidebar(page).find('.pacer-kpi__body').first().focus();
    // The first Esc closes the focused figure's basis tip (WCAG 1.4.13), the second the panel.
    await page.keyboard.press('Escape');
    expect(await expanded(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await expanded(page)).toBe(false);
    await page.keyboard.press('Alt+Shift+P');
    await waitFor(() => expanded(page), (e) => e, 'Alt+Shift+P to expand');
    await page.close();
  });

  it('renders hostile deal names as literal text and passes axe (no serious or critical issue)', async () => {
    const page = await pacer.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(HOSTILE.url);
    await waitFor(storedCount, (n) => n >= TABLE.deals + HOSTILE.deals, 'the hostile deals in IndexedDB');
    const sb = sidebar(page);
    if (!(await expanded(page))) await toggle(page).click();
    await waitFor(async () => (await sb.dealsRead.textContent()) ?? '', (t) => t.includes(`${HOSTILE.deals} deals`), 'the deals-read line');
    await sb.find('details.pacer-sb__rows > summary').first().click();
    const names = await sb.find('[data-testid="pacer-rows-read"] .pacer-sb__row-name').allTextContents();
    expect(names).toContain('Q4 Expansion <img src=x onerror=alert(1)>');
    expect(names).toContain('"><script>alert(document.cookie)</script> Renewal');
    const injected = await page.locator('pacer-sidebar').evaluate((host) => {
      const root = host.shadowRoot;
      return root ? root.querySelectorAll('img, script:not([src]), b').length : -1;
    });
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
    // A relayout boundary over the viewport, click-through: panel updates never lay out the CRM page.
    const host = await page.locator('pacer-sidebar').evaluate((h) => {
      const cs = getComputedStyle(h);
      const r = h.getBoundingClientRect();
      return { contain: cs.contain, position: cs.position, pointerEvents: cs.pointerEvents, cover: r.width === innerWidth && r.height === innerHeight };
    });
    expect(host).toEqual({ contain: 'strict', position: 'fixed', pointerEvents: 'none', cover: true });

    await sb.revenue.waitFor();
    await page.addScriptTag({ path: resolve(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
      const res = await axe.run({ include: [['pacer-sidebar']] }, { resultTypes: ['violations'] });
      return res.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
    });
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe).toEqual([]);
    await page.close();
  });
});
