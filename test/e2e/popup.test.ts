import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaAs } from '../../components/popup/agenda-format';
import { mergeAgenda } from '../../lib/agenda/merge';
import { backupSchema } from '../../lib/domain/backup';
import { createT, formatMoney } from '../../lib/i18n';
import { buildReport, type EngineData } from '../../lib/report';
import { openExtensionPage } from '../../scripts/browser/extension-browser';
import { launchPacer, ROOT, type Pacer } from './support/launch';

/**
 * The popup in real Chromium on the built demo extension, over the sample backup imported through
 * the background (`data.importApply`), with a fixed today (`?today=`). Expected values come from
 * the same engine (`buildReport`) over the same backup, never from hard-coded numbers.
 */
const TODAY = '2026-11-27';
const BACKUP_TEXT = readFileSync(resolve(ROOT, 'test/fixtures/backups/sample-backup.json'), 'utf8');
const backup = backupSchema.parse(JSON.parse(BACKUP_TEXT));
const data: EngineData = { deals: backup.deals, observations: backup.observations, goals: backup.goals, csat: backup.csat, settings: backup.settings };
const t = createT('en');

let pacer: Pacer;

/** The popup as a tab at the width of a real popup; the clipboard is recorded (headless has none to read). */
async function openPopup(today = TODAY): Promise<Page> {
  const page = await openExtensionPage(pacer, `popup.html?today=${today}`, { width: 800, height: 600 });
  return page;
}
const copied = (page: Page) => page.evaluate(() => (window as unknown as { __pacerCopied?: string }).__pacerCopied ?? null);
const agendaIds = (page: Page) => page.locator('[data-testid="pacer-agenda-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

beforeAll(async () => {
  pacer = await launchPacer();
  await pacer.context.addInitScript(() => {
    if (!location.pathname.endsWith('/popup.html')) return;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => { (window as unknown as { __pacerCopied?: string }).__pacerCopied = text; } },
    });
  });
  const result = await pacer.call<{ ok: boolean; fatal: string | null }>('data.importApply', { text: BACKUP_TEXT });
  expect(result.fatal).toBeNull();
});

afterAll(async () => {
  await pacer?.close();
});

describe('popup', () => {
  const report = buildReport(data, { today: TODAY, lang: 'en' });
  const reps = report.scopes.filter((s) => s.scope === 'rep');

  it('shows the team table: one row per rep, team revenue as the engine computes it', async () => {
    const page = await openPopup();
    await page.locator('[data-testid="pacer-team-row"]').first().waitFor();
    const owners = await page.locator('[data-testid="pacer-team-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-owner')));
    expect([...owners].sort()).toEqual(reps.map((r) => r.owner).sort());
    const team = report.scopes[0]!;
    expect(await page.getByTestId('pacer-team-revenueWon').textContent()).toBe(formatMoney(team.kpis.revenueWon, report.currency, 'en'));
    await page.close();
  });

  it("shows a rep's agenda matching the engine and copies it as Markdown and text", async () => {
    const rep = [...reps].sort((a, b) => b.talkingPoints.length - a.talkingPoints.length)[0]!;
    const owner = rep.owner!;
    const page = await openPopup();
    await page.locator(`tr[data-owner="${owner}"] button`).first().click();
    await page.locator('[data-testid="pacer-agenda-item"]').first().waitFor();
    expect((await agendaIds(page)).sort()).toEqual(rep.talkingPoints.map((p) => p.id).sort());
    for (const p of rep.talkingPoints) {
      await expect(page.locator(`[data-testid="pacer-agenda-item"][data-id="${p.id}"] .pacer-tp-text`).first().textContent()).resolves.toBe(p.text);
    }
    const entries = mergeAgenda(report.period.label, rep.talkingPoints, null, []);
    const input = { owner, period: report.period.label, entries, notes: '', t, lang: 'en' as const, currency: report.currency };
    await page.getByTestId('pacer-copy-md').click();
    await expect.poll(() => copied(page)).toBe(agendaAs('md', input));
    await page.getByTestId('pacer-copy-text').click();
    await expect.poll(() => copied(page)).toBe(agendaAs('text', input));
    await page.close();
  });

  it('carries unticked points forward to the next one-on-one with the rep', async () => {
    // A rep with talking points in October, the first of the two one-on-ones.
    const pointsIn = (owner: string, period: string) =>
      buildReport(data, { today: TODAY, period, owner, lang: 'en' }).scopes[0]!.talkingPoints.map((p) => p.id);
    const owner = reps.map((r) => r.owner!).find((o) => pointsIn(o, '2026-10').length >= 2)!;
    expect(owner).toBeTruthy();
    const octPoints = pointsIn(owner, '2026-10');
    const novPoints = pointsIn(owner, '2026-11');
    const page = await openPopup();
    await page.locator(`tr[data-owner="${owner}"] button`).first().click();
    // One-on-one 1 (October): tick the first point, add an own point; every change is saved.
    await page.getByTestId('pacer-period-select').selectOption('2026-10');
    await page.locator('#pacer-rep-heading', { hasText: '2026-10' }).waitFor();
    await page.locator('[data-testid="pacer-agenda-item"]').first().waitFor();
    expect((await agendaIds(page)).sort()).toEqual([...octPoints].sort());
    const ticked = octPoints[0]!;
    await page.locator(`[data-testid="pacer-agenda-item"][data-id="${ticked}"] input[type="checkbox"]`).check();
    await page.getByLabel('Add your own point').fill('Plan the Q1 training');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Saved on this computer.').waitFor();
    await page.waitForTimeout(300);
    // One-on-one 2 (November): the unticked points come back, marked as carried over; the ticked one does not.
    await page.getByTestId('pacer-period-select').selectOption('2026-11');
    await page.locator('#pacer-rep-heading', { hasText: '2026-11' }).waitFor();
    const own = page.locator('[data-testid="pacer-agenda-item"]', { hasText: 'Plan the Q1 training' });
    await own.waitFor();
    await expect(own.textContent()).resolves.toContain('Carried over from 2026-10');
    const novIds = await agendaIds(page);
    const expected = new Set([...novPoints, ...octPoints.filter((i) => i !== ticked)]);
    expect(novIds.filter((i) => !i!.startsWith('own:')).sort()).toEqual([...expected].sort());
    for (const id of octPoints.filter((i) => i !== ticked && !novPoints.includes(i))) {
      await expect(page.locator(`[data-testid="pacer-agenda-item"][data-id="${id}"]`).textContent()).resolves.toContain('Carried over from 2026-10');
    }
    // Ticked in the second one-on-one, the own point is not carried to a third (December).
    await own.locator('input[type="checkbox"]').check();
    await page.getByText('Saved on this computer.').waitFor();
    await page.waitForTimeout(300);
    await page.close();
    const dec = await openPopup('2026-12-15');
    await dec.locator(`tr[data-owner="${owner}"] button`).first().click();
    await dec.getByTestId('pacer-period-select').selectOption('2026-12');
    await dec.locator('#pacer-rep-heading', { hasText: '2026-12' }).waitFor();
    await dec.locator('[data-testid="pacer-agenda-item"]').first().waitFor();
    await expect(dec.locator('[data-testid="pacer-agenda-item"]', { hasText: 'Plan the Q1 training' }).count()).resolves.toBe(0);
    await dec.close();
  });

  it('has no serious or critical axe violations', async () => {
    const page = await openPopup();
    await page.locator(`tr[data-owner="${reps[0]!.owner}"] button`).first().click();
    await page.locator('[data-testid="pacer-agenda-item"]').first().waitFor();
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } };
      const r = await w.axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
