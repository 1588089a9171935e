import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredAgenda } from '../../lib/domain/agenda';
import type { Goal } from '../../lib/domain/goal';
import type { Language } from '../../lib/domain/settings';
import { createT } from '../../lib/i18n';
import { demoBackup } from '../../scripts/demo-crm/backup';
import { openExtensionPage } from '../../scripts/browser/extension-browser';
import { startTestDemoServer, type DemoServer } from './support/demo-server';
import { launchPacer, sidebar, waitFor, type Pacer } from './support/launch';

/**
 * What the other e2e files leave out of accessibility: axe over the sidebar, popup and every
 * options route in Traditional Chinese and in dark mode (sidebar.test, popup.test and
 * options.test run axe in English, light), and the keyboard paths a mouse-free user takes:
 * sidebar (Alt+Shift+P, Tab order period → KPI cards → goals → talking points, Esc), popup (Tab to
 * the rep picker, pick a rep with the arrow keys, tick an agenda item with Space) and options
 * (create a goal with the keyboard only). Data: the demo backup with its goals, imported through
 * the extension's own import path, over the demo CRM served on loopback.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OPTION_ROUTES = ['goals', 'settings', 'sites', 'data', 'trends'] as const;

let pacer: Pacer;
let demo: DemoServer;

beforeAll(async () => {
  demo = await startTestDemoServer();
  pacer = await launchPacer();
  const seed = demoBackup(demo.deals, { exportedAt: new Date().toISOString(), today: demo.today, baseUrl: demo.url });
  const result = await pacer.call<{ ok: boolean; fatal: string | null }>('data.importApply', { text: JSON.stringify(seed) });
  expect(result.fatal).toBeNull();
});
afterAll(async () => {
  await pacer?.close();
  await demo?.close();
});

/** Serious and critical axe violations on the page (or inside `include`), as readable lines. */
async function severe(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (inc) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<Result> } }).axe;
    const r = await axe.run(inc ? { include: [[inc]] } : document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }, include ?? null);
}

const toggle = (page: Page) => sidebar(page).find('[data-testid="pacer-sidebar-toggle"]').first();
const expanded = async (page: Page) => (await toggle(page).getAttribute('aria-expanded')) === 'true';

/** The demo CRM's list with the sidebar open and its goals and talking points rendered. */
async function crmWithSidebar(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await pacer.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${demo.url}/deals`);
  await toggle(page).waitFor({ timeout: 20_000 });
  if (!(await expanded(page))) await toggle(page).click();
  await sidebar(page).find('li.pacer-goal').first().waitFor({ timeout: 20_000 });
  await sidebar(page).find('[data-testid="pacer-sb-tp"]').first().waitFor({ timeout: 20_000 });
  return page;
}

async function setLanguage(language: Language | null): Promise<void> {
  await pacer.call('settings.update', { language });
}

describe.each([
  { name: 'Traditional Chinese', lang: 'zh-TW' as const, scheme: 'light' as const },
  { name: 'dark mode', lang: 'en' as const, scheme: 'dark' as const },
])('axe in $name: no serious or critical violation', ({ lang, scheme }) => {
  const t = createT(lang);
  beforeAll(() => setLanguage(lang));
  afterAll(() => setLanguage(null));

  it('sidebar', async () => {
    const page = await crmWithSidebar(scheme);
    await waitFor(() => sidebar(page).find('#pacer-sb-goals-h').first().textContent(), (h) => h === t('sidebar.goals'), `the goals heading in ${lang}`);
    expect(await severe(page, 'pacer-sidebar')).toEqual([]);
    await page.close();
  });

  it('popup: team table and a rep view', async () => {
    const page = await openExtensionPage(pacer, 'popup.html', { width: 800, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('[data-testid="pacer-team-row"]').first().waitFor();
    expect(await severe(page), 'team').toEqual([]);
    await page.getByTestId('pacer-rep-select').selectOption(demo.deals[0]!.owner);
    await page.locator('[data-testid="pacer-agenda-item"]').first().waitFor();
    expect(await severe(page), 'rep view').toEqual([]);
    await page.close();
  });

  it('options: every route', async () => {
    const found: Record<string, string[]> = {};
    for (const route of OPTION_ROUTES) {
      const page = await openExtensionPage(pacer, `options.html#/${route}`, { width: 1100, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('.pacer-opt-main h1, .pacer-opt-main h2').first().waitFor();
      if (route === 'goals') {
        await page.getByTestId('pacer-goal-row').first().waitFor();
        await page.getByTestId('pacer-goal-new').click();
        await page.getByTestId('pacer-goal-form').waitFor();
      }
      if (route === 'trends') await page.getByTestId('pacer-trends-metric').waitFor();
      found[route] = await severe(page);
      await page.close();
    }
    expect(found).toEqual(Object.fromEntries(OPTION_ROUTES.map((r) => [r, []])));
  });
});

/** What has focus inside the sidebar's shadow root, as a kind. */
async function sidebarFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.querySelector('pacer-sidebar')?.shadowRoot?.activeElement;
    if (!el) return document.activeElement?.tagName.toLowerCase() ?? 'none';
    if (el.matches('[data-testid="pacer-sidebar-toggle"]')) return 'toggle';
    if (el.matches('button[data-value]')) return 'period';
    if (el.matches('.pacer-kpi__body')) return 'kpi';
    if (el.matches('li.pacer-goal')) return 'goal';
    if (el.matches('[data-testid="pacer-sb-tp"]')) return 'talking-point';
    if (el.closest('[data-testid="pacer-sb-tp"]')) return 'talking-point-link';
    return `other:${el.tagName.toLowerCase()}`;
  });
}

/** Tab (forwards) until `done(kind)` or `max` presses; the kinds seen on the way. */
async function tabUntil(page: Page, focusKind: () => Promise<string>, done: (kind: string) => boolean, max: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const kind = await focusKind();
    seen.push(kind);
    if (done(kind)) break;
  }
  return seen;
}

describe('keyboard paths', () => {
  it('sidebar: Alt+Shift+P opens it, Tab reaches period → KPI cards → goals → talking points, Esc collapses to the toggle', async () => {
    const page = await crmWithSidebar('light');
    await toggle(page).click();
    expect(await expanded(page)).toBe(false);
    await page.locator('h1').first().click();
    await page.keyboard.press('Alt+Shift+P');
    await waitFor(() => expanded(page), (e) => e, 'Alt+Shift+P to expand the sidebar');

    await toggle(page).focus();
    const seen = await tabUntil(page, () => sidebarFocus(page), (k) => k === 'talking-point', 60);
    const first = (kind: string) => seen.indexOf(kind);
    expect(first('period'), seen.join(' ')).toBeGreaterThanOrEqual(0);
    expect(first('kpi'), seen.join(' ')).toBeGreaterThan(first('period'));
    expect(first('goal'), seen.join(' ')).toBeGreaterThan(first('kpi'));
    expect(first('talking-point'), seen.join(' ')).toBeGreaterThan(first('goal'));
    // Every KPI card is a stop (each has a basis tip), and every goal.
    expect(seen.filter((k) => k === 'kpi').length).toBe(await sidebar(page).find('.pacer-kpi__body').count());
    expect(seen.filter((k) => k === 'goal').length).toBe(await sidebar(page).find('li.pacer-goal').count());

    // The period switcher works from the keyboard too.
    await toggle(page).focus();
    await tabUntil(page, () => sidebarFocus(page), (k) => k === 'period', 10);
    const periodLine = sidebar(page).find('[data-testid="pacer-period"]').first();
    const quarterLine = (await periodLine.textContent()) ?? '';
    const periodButton = sidebar(page).find('button[data-value="month"]').first();
    await periodButton.focus();
    await page.keyboard.press('Enter');
    await waitFor(() => periodButton.getAttribute('aria-pressed'), (v) => v === 'true', 'Enter on "Month" to select it');
    await waitFor(async () => (await periodLine.textContent()) ?? '', (line) => line !== quarterLine, 'the month figures');
    // The panel stays open and focus stays on the switcher (a period change once collapsed it).
    expect(await expanded(page)).toBe(true);
    expect(await sidebarFocus(page)).toBe('period');
    // Back to the quarter (the demo goals' period) with Space.
    const quarterButton = sidebar(page).find('button[data-value="quarter"]').first();
    await quarterButton.focus();
    await page.keyboard.press('Space');
    await waitFor(() => quarterButton.getAttribute('aria-pressed'), (v) => v === 'true', 'Space on "Quarter" to select it');
    await sidebar(page).find('li.pacer-goal').first().waitFor();

    await sidebar(page).find('li.pacer-goal').first().focus();
    expect(await sidebarFocus(page)).toBe('goal');
    await page.keyboard.press('Escape');
    await waitFor(() => expanded(page), (e) => !e, 'Esc to collapse the sidebar');
    expect(await sidebarFocus(page)).toBe('toggle');
    await page.close();
  });

  it('popup: Tab to the rep picker, choose a rep with the arrow keys, tick an agenda item with Space', async () => {
    const page = await openExtensionPage(pacer, 'popup.html', { width: 800, height: 600 });
    await page.locator('[data-testid="pacer-team-row"]').first().waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName.toLowerCase() ?? '');
    const path = await tabUntil(page, focused, (k) => k === 'pacer-rep-select', 15);
    expect(path.at(-1), path.join(' ')).toBe('pacer-rep-select');
    await page.keyboard.press('ArrowDown');
    const rep = await page.getByTestId('pacer-rep-select').inputValue();
    expect(rep).not.toBe('');

    const items = page.locator('[data-testid="pacer-agenda-item"]');
    await items.first().waitFor();
    const isFirstBox = () => page.evaluate(() => {
      const box = document.querySelector('[data-testid="pacer-agenda-item"] input[type="checkbox"]');
      return box !== null && document.activeElement === box ? 'first-agenda-box' : '';
    });
    const toBox = await tabUntil(page, isFirstBox, (k) => k === 'first-agenda-box', 80);
    expect(toBox.at(-1), 'Tab reaches the first agenda checkbox').toBe('first-agenda-box');
    const id = await items.first().getAttribute('data-id');
    await page.keyboard.press('Space');
    await expect(items.first().locator('input[type="checkbox"]').isChecked()).resolves.toBe(true);
    const stored = await waitFor(
      () => pacer.readDb<StoredAgenda>('agendas'),
      (rows) => rows.some((a) => a.owner === rep && a.items.some((e) => e.id === id && e.done)),
      'the ticked agenda item in IndexedDB',
    );
    expect(stored.length).toBeGreaterThan(0);
    await page.close();
  });

  it('options: create a goal with the keyboard only', async () => {
    const before = await pacer.readDb<Goal>('goals');
    const page = await openExtensionPage(pacer, 'options.html#/goals', { width: 1100, height: 900 });
    await page.getByTestId('pacer-goal-new').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');
    expect((await tabUntil(page, focused, (k) => k === 'pacer-goal-new', 40)).at(-1)).toBe('pacer-goal-new');
    await page.keyboard.press('Enter');
    await page.getByTestId('pacer-goal-form').waitFor();

    // A team goal (the default scope): the arrow key moves from revenue won to deals won (a count,
    // so the typed 12 is stored as is), then a target.
    expect((await tabUntil(page, focused, (k) => k === 'pacer-goal-metric', 20)).at(-1)).toBe('pacer-goal-metric');
    await page.keyboard.press('ArrowDown');
    const metric = await page.getByTestId('pacer-goal-metric').inputValue();
    expect(metric).toBe('dealsWon');
    expect((await tabUntil(page, focused, (k) => k === 'pacer-goal-target', 10)).at(-1)).toBe('pacer-goal-target');
    await page.keyboard.type('12');
    expect((await tabUntil(page, focused, (k) => k === 'pacer-goal-save', 40)).at(-1)).toBe('pacer-goal-save');
    await page.keyboard.press('Enter');

    const after = await waitFor(() => pacer.readDb<Goal>('goals'), (g) => g.length === before.length + 1, 'the new goal in IndexedDB');
    const created = after.find((g) => !before.some((b) => b.id === g.id));
    expect(created).toMatchObject({ scope: 'team', owner: null, metric, parentId: null });
    expect(created?.target).toEqual({ kind: 'absolute', value: 12 });
    await page.close();
  });
});
