import { afterEach, describe, expect, it } from 'vitest';
import { sidebarView } from '../../../entrypoints/background/handlers/view-sidebar';
import type { PacerDb } from '../../../lib/db/app-db';
import { ingestDeals } from '../../../lib/db/ingest';
import { updateSettings } from '../../../lib/db/settings';
import { freshDb, seenDeal } from '../support/db';

let db: PacerDb;
afterEach(async () => {
  db?.close();
});

async function seed() {
  db = freshDb();
  await ingestDeals(db, [
    seenDeal('w1', { owner: 'Maria Chen', status: 'won', stage: 'Closed Won', amount: 40000, closeDate: '2026-10-15', account: 'A' }),
    seenDeal('w2', { owner: 'Maria Chen', status: 'won', stage: 'Closed Won', amount: 20000, closeDate: '2026-11-02', account: 'B' }),
    seenDeal('w3', { owner: 'Sam Lee', status: 'won', stage: 'Closed Won', amount: 10000, closeDate: '2026-11-10', account: 'C' }),
    seenDeal('w0', { owner: 'Maria Chen', status: 'won', stage: 'Closed Won', amount: 30000, closeDate: '2026-08-10', account: 'D' }),
    seenDeal('o1', { owner: 'Maria Chen', status: 'open', stage: 'Proposal', amount: 60000, closeDate: '2026-11-20', account: 'E' }),
  ], { now: new Date('2026-11-01T10:00:00Z') });
}

describe('view.sidebar', () => {
  it('shows the team when "me" is unset, with the owners seen and the resolved language', async () => {
    await seed();
    const v = await sidebarView(db, { periodKind: 'quarter', today: '2026-11-27' }, 'zh-TW');
    expect(v.me).toBeNull();
    expect(v.owners).toEqual(['Maria Chen', 'Sam Lee']);
    expect(v.lang).toBe('zh-TW');
    expect(v.report.scope).toBe('team');
    expect(v.period.label).toBe('2026-Q4');
    expect(v.previousPeriod.label).toBe('2026-Q3');
    expect(v.report.kpis.revenueWon).toBe(70000);
    expect(v.report.previous.revenueWon).toBe(30000);
    expect(v.totalDeals).toBe(5);
    expect(v.record).toBeNull();
  });

  it('scopes to settings.me, and to the request owner over it; an unknown owner falls back to the team', async () => {
    await seed();
    await updateSettings(db, { me: 'Maria Chen' });
    const mine = await sidebarView(db, { periodKind: 'month', today: '2026-11-27' }, 'en');
    expect(mine.report.scope).toBe('rep');
    expect(mine.report.owner).toBe('Maria Chen');
    expect(mine.report.kpis.revenueWon).toBe(20000);
    const sam = await sidebarView(db, { periodKind: 'quarter', owner: 'Sam Lee', today: '2026-11-27' }, 'en');
    expect(sam.report.kpis.revenueWon).toBe(10000);
    const ghost = await sidebarView(db, { periodKind: 'quarter', owner: 'Nobody', today: '2026-11-27' }, 'en');
    expect(ghost.report.scope).toBe('team');
  });

  it('puts the record page deal in context: overdue days, stage age, size vs my average', async () => {
    await seed();
    await updateSettings(db, { me: 'Maria Chen' });
    const v = await sidebarView(db, { periodKind: 'quarter', recordKey: 'salesforce:o1', today: '2026-11-27' }, 'en');
    expect(v.record?.deal.name).toBe('Deal o1');
    expect(v.record?.daysToClose).toBe(-7);
    expect(v.record?.stageAgeDays).toBe(26);
    // Maria's won deals in the last 365 days: 40k, 20k, 30k → average 30k; 60k / 30k = 2
    expect(v.record?.sizeVsAverage).toBe(2);
    const none = await sidebarView(db, { periodKind: 'quarter', recordKey: 'salesforce:missing', today: '2026-11-27' }, 'en');
    expect(none.record).toBeNull();
  });

  it('sends the figures as display text in the sidebar language, money in the base currency', async () => {
    await seed();
    await updateSettings(db, { me: 'Maria Chen' });
    const v = await sidebarView(db, { periodKind: 'quarter', recordKey: 'salesforce:o1', today: '2026-11-27' }, 'en');
    const revenue = v.display.kpis.find((k) => k.kpi === 'revenueWon');
    expect(revenue).toMatchObject({ label: 'Revenue won', value: '$60,000' });
    expect(revenue?.basis).toMatch(/^from \d+ deals?/);
    // Maria: 60k this quarter vs 30k last: +100%, good.
    expect(revenue?.delta).toMatchObject({ dir: 'up', tone: 'good', shown: '+100%' });
    expect(v.display.kpis.map((k) => k.kpi)).not.toContain('csat');
    expect(v.display.periodRange).toContain('Oct 1, 2026');
    expect(v.display.record?.name).toBe('Deal o1');
    expect(v.display.record?.facts.find((f) => f.bad)?.text).toContain('7 days overdue');
    const zh = await sidebarView(db, { periodKind: 'quarter', today: '2026-11-27' }, 'zh-TW');
    expect(zh.display.kpis[0]?.label).not.toBe('Revenue won');
    expect(zh.display.record).toBeNull();
  });
});
