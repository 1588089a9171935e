import { freshDb, seenDeal } from '../support/db';
import { countWrites } from '../support/middleware';
import { describe, expect, it } from 'vitest';
import { ingestDeals } from '../../../lib/db/ingest';
import { fromRow } from '../../../lib/db/deal-row';
import { observationsOf } from '../../../lib/db/observations';
import { updateSettings } from '../../../lib/db/settings';
import { exportBackup } from '../../../lib/export/backup';
import { applyImport } from '../../../lib/export/import';

const T0 = new Date('2026-11-20T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const obsOf = (db: ReturnType<typeof freshDb>, id: string) =>
  db.observations.where('[crm+sourceId]').equals(['salesforce', id]).sortBy('id');

describe('ingestDeals', () => {
  it('adds new deals with one observation each and fills absent fields with null', async () => {
    const db = freshDb();
    const r = await ingestDeals(db, [seenDeal('A'), { crm: 'salesforce', sourceId: 'B', name: 'Only a name' }], { now: T0 });
    expect(r).toEqual({ added: 2, updated: 0, unchanged: 0, rejected: [] });
    const b = await db.deals.get(['salesforce', 'B']);
    expect(b).toMatchObject({ amount: null, stage: null, status: 'open', closeDate: null, firstSeenAt: T0.toISOString(), lastSeenAt: T0.toISOString() });
    expect(b?.undated).toBe(1);
    // one write per new deal: the first observation is implicit until the first change
    expect(await db.observations.count()).toBe(0);
    expect(await observationsOf(db, (await db.deals.toArray()).map(fromRow))).toHaveLength(2);
  });

  it('never blanks a stored value with an ABSENT field, but a null from the page overwrites', async () => {
    const db = freshDb();
    await ingestDeals(db, [seenDeal('A', { amount: 5000, probability: 40 })], { now: T0 });
    // a record page that does not show amount (absent) but shows probability empty (null)
    const { amount: _a, ...noAmount } = seenDeal('A', { probability: null });
    const r = await ingestDeals(db, [noAmount], { now: at(1) });
    expect(r.updated).toBe(1);
    const d = await db.deals.get(['salesforce', 'A']);
    expect(d?.amount).toBe(5000);
    expect(d?.probability).toBeNull();
    expect(d?.firstSeenAt).toBe(T0.toISOString());
  });

  it('appends an observation only when stage/status/amount/closeDate change', async () => {
    const db = freshDb();
    await ingestDeals(db, [seenDeal('A')], { now: T0 });
    await ingestDeals(db, [seenDeal('A', { probability: 50, name: 'Renamed' })], { now: at(1) }); // untracked
    expect(await obsOf(db, 'A')).toHaveLength(0);
    await ingestDeals(db, [seenDeal('A', { stage: 'Negotiation' })], { now: at(2) });
    await ingestDeals(db, [seenDeal('A', { stage: 'Negotiation', amount: 2000 })], { now: at(3) });
    await ingestDeals(db, [seenDeal('A', { stage: 'Negotiation', amount: 2000 })], { now: at(30) });
    const obs = await obsOf(db, 'A');
    expect(obs.map((o) => [o.stage, o.amount, o.at])).toEqual([
      ['Prospecting', 1000, T0.toISOString()], ['Negotiation', 1000, at(2).toISOString()], ['Negotiation', 2000, at(3).toISOString()],
    ]);
  });

  it('re-ingesting unchanged deals costs 0 writes within 10 minutes, then refreshes lastSeenAt only', async () => {
    const db = freshDb();
    const writes = countWrites(db);
    const batch = Array.from({ length: 50 }, (_, i) => seenDeal(`D${i}`));
    await ingestDeals(db, batch, { now: T0 });
    const before = { ...writes };
    const r = await ingestDeals(db, batch, { now: at(5) });
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 50 });
    expect(writes).toEqual(before);
    await ingestDeals(db, batch, { now: at(11) });
    expect(writes.deals).toBe((before.deals ?? 0) + 50);
    expect(writes.observations).toBe(before.observations);
    expect((await db.deals.get(['salesforce', 'D3']))?.lastSeenAt).toBe(at(11).toISOString());
  });

  it('reports each invalid record with its index and reason and stores the rest', async () => {
    const db = freshDb();
    const r = await ingestDeals(db, [seenDeal('A'), seenDeal('B', { amount: '12' }), { name: 'no id' }, seenDeal('C', { closeDate: '2026-02-30' })], { now: T0 });
    expect(r.added).toBe(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3]);
    expect(r.rejected[0]?.reason).toMatch(/^amount: /);
    expect(r.rejected[2]?.reason).toMatch(/closeDate: not a real calendar date/);
    expect(await db.deals.count()).toBe(1);
  });

  it('applies the user stage → status override', async () => {
    const db = freshDb();
    await updateSettings(db, { stageStatus: { salesforce: { 'Signed Contract': 'won' } } });
    await ingestDeals(db, [seenDeal('A', { stage: 'signed contract', status: 'open' })], { now: T0 });
    expect((await db.deals.get(['salesforce', 'A']))?.status).toBe('won');
  });

  it('two tabs sending overlapping batches at once end with the union', async () => {
    const db = freshDb();
    const tab1 = Array.from({ length: 30 }, (_, i) => seenDeal(`K${i}`, { amount: 100 + i }));
    const tab2 = Array.from({ length: 30 }, (_, i) => {
      const { amount: _x, ...noAmount } = seenDeal(`K${i + 15}`, { probability: 90 }); // overlaps K15..K29
      return noAmount;
    });
    const [r1, r2] = await Promise.all([ingestDeals(db, tab1, { now: T0 }), ingestDeals(db, tab2, { now: T0 })]);
    expect(r1.added + r2.added).toBe(45);
    expect(await db.deals.count()).toBe(45);
    const k20 = await db.deals.get(['salesforce', 'K20']);
    // whichever ran second, the amount from tab 1 survives (tab 2 did not show it)…
    expect(k20?.amount).toBe(120);
    // …and tab 2's probability survives whenever tab 2 ran second; when tab 1 ran second it set 10.
    expect([10, 90]).toContain(k20?.probability);
    expect(await observationsOf(db, (await db.deals.toArray()).map(fromRow))).toHaveLength(45);
  });

  it('maintains accountFirstWon as deals are won, moved and reopened', async () => {
    const db = freshDb();
    await ingestDeals(db, [
      seenDeal('A', { account: 'ACME  Corp', status: 'won', stage: 'Closed Won', closeDate: '2026-03-01' }),
      seenDeal('B', { account: 'acme corp', status: 'won', stage: 'Closed Won', closeDate: '2026-05-01' }),
    ], { now: T0 });
    expect(await db.accountFirstWon.get('acme corp')).toMatchObject({ closeDate: '2026-03-01', dealKey: 'salesforce:A' });
    await ingestDeals(db, [seenDeal('A', { account: 'ACME  Corp', status: 'open', stage: 'Negotiation', closeDate: '2026-03-01' })], { now: at(1) });
    expect(await db.accountFirstWon.get('acme corp')).toMatchObject({ closeDate: '2026-05-01', dealKey: 'salesforce:B' });
    await ingestDeals(db, [seenDeal('B', { account: 'acme corp', status: 'lost', stage: 'Closed Lost' })], { now: at(2) });
    expect(await db.accountFirstWon.get('acme corp')).toBeUndefined();
  });

  it('the memory of unchanged records never hides a change made by another page, an import or a setting', async () => {
    const db = freshDb();
    const writes = countWrites(db);
    await ingestDeals(db, [seenDeal('A', { amount: 5 })], { now: T0 });
    await ingestDeals(db, [seenDeal('A', { amount: 5 })], { now: at(1) }); // remembered: no read, no write
    const before = writes.deals;
    await ingestDeals(db, [seenDeal('A', { amount: 6, name: 'Record page' })], { now: at(2) }); // another tab
    await ingestDeals(db, [seenDeal('A', { amount: 5 })], { now: at(3) }); // the list page again
    expect((await db.deals.get(['salesforce', 'A']))?.amount).toBe(5);
    expect(writes.deals).toBe((before ?? 0) + 2);
    await updateSettings(db, { stageStatus: { salesforce: { Prospecting: 'lost' } } });
    await ingestDeals(db, [seenDeal('A', { amount: 5 })], { now: at(4) });
    expect((await db.deals.get(['salesforce', 'A']))?.status).toBe('lost');
    const exported = await exportBackup(db);
    exported.deals[0]!.amount = 99;
    exported.deals[0]!.lastSeenAt = at(5).toISOString();
    await applyImport(db, JSON.stringify(exported));
    await ingestDeals(db, [seenDeal('A', { amount: 5 })], { now: at(6) });
    expect((await db.deals.get(['salesforce', 'A']))?.amount).toBe(5);
  });

  it('a remembered record skips validation only when it is the same plain record; rejects keep their batch index', async () => {
    const db = freshDb();
    await ingestDeals(db, [seenDeal('A')], { now: T0 });
    const r = await ingestDeals(db, [seenDeal('A'), seenDeal('A', { amount: Number.NaN }), seenDeal('A', { amount: { v: 1 } })], { now: at(1) });
    expect(r.unchanged).toBe(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2]);
    expect((await db.deals.get(['salesforce', 'A']))?.amount).toBe(1000);
  });
});
