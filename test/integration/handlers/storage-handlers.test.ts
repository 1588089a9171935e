import { freshDb, seenDeal } from '../support/db';
import { failWritesTo } from '../support/middleware';
import { send } from '../support/messages';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PacerDb } from '../../../lib/db/app-db';
import { QUOTA_EXCEEDED } from '../../../lib/db/errors';
import { getDataVersion, watchDataVersion } from '../../../lib/messaging/data-version';
import { setupData } from '../../../entrypoints/background/handlers/data';
import { setupDeals } from '../../../entrypoints/background/handlers/deals';
import { setupGoalsCrud } from '../../../entrypoints/background/handlers/goals-crud';
import { setupMappings } from '../../../entrypoints/background/handlers/mappings';
import { setupSettings } from '../../../entrypoints/background/handlers/settings';
import { setupCsat } from '../../../entrypoints/background/handlers/csat';

let db: PacerDb;
let stop: (() => void)[] = [];
const ingest = (deals: unknown[]) => send('deals.ingest', { url: 'https://x.lightning.force.com/o', adapter: 'salesforce', pageKind: 'list', deals });

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  stop = [setupDeals(db), setupData(db), setupSettings(db), setupGoalsCrud(db), setupMappings(db), setupCsat(db)];
});
afterEach(() => stop.forEach((s) => s()));

describe('storage handlers', () => {
  it('ingest stores, bumps dataVersion for watchers, and a re-ingest does not', async () => {
    const seen: number[] = [];
    const unwatch = watchDataVersion((v) => seen.push(v));
    const r = await ingest([seenDeal('A'), seenDeal('B', { owner: '陳美玲' })]);
    expect(r).toMatchObject({ added: 2, rejected: [] });
    const v = await getDataVersion();
    expect(v).toBeGreaterThan(0);
    await ingest([seenDeal('A')]);
    expect(await getDataVersion()).toBe(v);
    expect(await send('owners.list')).toEqual(['Maria Chen', '陳美玲']);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toContain(v);
    unwatch();
  });

  it('rejects malformed messages and untrusted senders before any handler runs', async () => {
    await expect(send('deals.ingest', { url: 1, deals: [] })).rejects.toThrow(/rejected deals.ingest/);
    await expect(send('data.deleteAll', { confirm: 'yes' })).rejects.toThrow(/rejected data.deleteAll/);
    await expect(send('settings.update', { fiscalYearStartMonth: 13 })).rejects.toThrow(/rejected settings.update/);
    await expect(send('data.usage', undefined, { id: 'another-extension' })).rejects.toThrow(/unexpected sender/);
    await expect(send('deals.ingest', { url: 'https://evil.example', adapter: 'x', pageKind: 'list', deals: [seenDeal('Z')] }, { id: fakeBrowser.runtime.id, tab: { url: 'file:///x' } as chrome.tabs.Tab })).rejects.toThrow(/unexpected sender/);
    expect(await db.deals.count()).toBe(0);
  });

  it('settings, goals, csat, mappings round-trip through their handlers', async () => {
    expect((await send('settings.update', { baseCurrency: 'TWD', fxRates: { USD: 31.5 } })).baseCurrency).toBe('TWD');
    expect((await send('settings.get')).fxRates).toEqual({ USD: 31.5 });
    const goal = { id: 'g1', scope: 'team', owner: null, metric: 'revenueWon', target: { kind: 'absolute', value: 1 }, period: '2026-Q4', parentId: null, createdAt: '2026-10-01T00:00:00.000Z' } as const;
    await send('goals.save', goal);
    await send('goals.save', { ...goal, id: 'g2', parentId: 'g1' });
    await send('goals.delete', { id: 'g1' });
    expect(await send('goals.list')).toEqual([{ ...goal, id: 'g2', parentId: null }]);
    await send('csat.set', { owner: 'Ann', period: '2026-10', value: 4 });
    await send('csat.set', { owner: 'Ann', period: '2026-10', value: 5 });
    expect(await db.csat.toArray()).toEqual([{ owner: 'Ann', period: '2026-10', value: 5 }]);
    const m = { id: 'm1', host: 'CRM.example.com', pathPattern: '/deals/*', label: 'Deals', row: 'tr', fields: { name: 'td:nth-child(1)' }, idFrom: null, createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z' };
    await send('mappings.save', m);
    expect(await send('mappings.forUrl', { url: 'https://crm.example.com/deals/list?x=1' })).toHaveLength(1);
    expect(await send('mappings.forUrl', { url: 'https://crm.example.com/accounts' })).toHaveLength(0);
  });

  it('delete-all empties every table, settings included, and forgets the popup\'s last rep and the saved team view; usage counts', async () => {
    await ingest([seenDeal('A')]);
    await send('settings.update', { me: 'Ann' });
    await fakeBrowser.storage.local.set({ 'popup:lastRep': 'Ann' });
    await fakeBrowser.storage.session.set({ teamView: { build: '', key: 'k', version: 1, view: {} } });
    expect((await send('data.usage')).counts).toMatchObject({ deals: 1, observations: 0 });
    await send('data.deleteAll', { confirm: 'DELETE' });
    // The popup's remembered rep is a name, the saved team view holds the team's figures: both go.
    expect(await fakeBrowser.storage.local.get('popup:lastRep')).toEqual({});
    expect(await fakeBrowser.storage.session.get('teamView')).toEqual({});
    expect((await send('data.usage')).counts).toEqual({ deals: 0, observations: 0, goals: 0, csat: 0, snapshots: 0, mappings: 0, agendas: 0 });
    expect((await send('settings.get')).me).toBeNull();
    expect(await db.accountFirstWon.count()).toBe(0);
  });

  it('a full disk during ingest aborts the whole batch and reports a clear error', async () => {
    await ingest([seenDeal('A')]);
    const v = await getDataVersion();
    db.close(); // middleware applies from the next open
    failWritesTo(db, 'observations');
    await db.open();
    await expect(ingest([seenDeal('A', { stage: 'Won', status: 'won' }), seenDeal('B')])).rejects.toThrow(QUOTA_EXCEEDED);
    // nothing partial: A unchanged, B absent, no new observation, no first-won entry
    expect(await db.deals.get(['salesforce', 'A'])).toMatchObject({ stage: 'Prospecting', status: 'open' });
    expect(await db.deals.get(['salesforce', 'B'])).toBeUndefined();
    expect(await db.observations.count()).toBe(0);
    expect(await db.accountFirstWon.count()).toBe(0);
    expect(await getDataVersion()).toBe(v);
  });

  it('a full disk during import writes nothing', async () => {
    failWritesTo(db, 'goals');
    const text = JSON.stringify({
      format: 'pacer-backup', version: 1, exportedAt: '2026-11-27T09:00:00.000Z', settings: { me: 'X' },
      deals: [{ ...seenDeal('A'), firstSeenAt: '2026-11-01T00:00:00.000Z', lastSeenAt: '2026-11-01T00:00:00.000Z' }],
      goals: [{ id: 'g', scope: 'team', owner: null, metric: 'dealsWon', target: { kind: 'absolute', value: 3 }, period: '2026-Q4', parentId: null, createdAt: '2026-10-01T00:00:00.000Z' }],
    });
    await expect(send('data.importApply', { text })).rejects.toThrow(QUOTA_EXCEEDED);
    expect(await db.deals.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });
});
