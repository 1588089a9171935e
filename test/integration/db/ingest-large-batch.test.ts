import { describe, expect, it } from 'vitest';
import { fromRow } from '../../../lib/db/deal-row';
import { computeFirstWon } from '../../../lib/db/first-won';
import { ingestDeals } from '../../../lib/db/ingest';
import { LARGE_BATCH, storedDealRows } from '../../../lib/db/stored-deals';
import { freshDb, seenDeal } from '../support/db';

/**
 * Large batches (a first read of a long list) find existing deals with one key-only range read
 * and read the first-won aggregate whole (lib/db/stored-deals.ts): the same results as per-key
 * gets, whatever else lies in the key range.
 */
const T0 = new Date('2026-11-20T10:00:00.000Z');
const id = (i: number) => `D${String(i).padStart(5, '0')}`;
const won = (i: number) => seenDeal(id(i), { status: 'won', stage: 'Closed Won', account: `Account ${i % 37}`, closeDate: `2026-0${1 + (i % 9)}-1${i % 10}` });

describe('large ingest batches', () => {
  it('finds exactly the stored rows, in order, among other keys in the same span and another CRM', async () => {
    const db = freshDb();
    await ingestDeals(db, [...Array.from({ length: 50 }, (_, i) => seenDeal(id(i * 10))), { ...seenDeal(id(5)), crm: 'hubspot' }], { now: T0 });
    const keys = Array.from({ length: LARGE_BATCH + 44 }, (_, i): [string, string] => ['salesforce', id(i)]);
    const rows = await storedDealRows(db, keys);
    expect(rows.map((r, i) => (r ? keys[i]![1] : null)).filter(Boolean)).toEqual(Array.from({ length: 30 }, (_, i) => id(i * 10)));
    expect(rows[5]).toBeUndefined(); // the hubspot deal with the same id is another key
  });

  it('adds, updates and keeps accountFirstWon exactly as a full recomputation', async () => {
    const db = freshDb();
    await ingestDeals(db, Array.from({ length: 120 }, (_, i) => won(i * 3)), { now: T0 });
    const batch = Array.from({ length: LARGE_BATCH + 100 }, (_, i) => (i % 3 === 0 ? { ...won(i), amount: 999 } : won(i)));
    const r = await ingestDeals(db, batch, { now: new Date(T0.getTime() + 60_000) });
    expect(r.added + r.updated + r.unchanged).toBe(batch.length);
    expect(r.added).toBe(batch.filter((_, i) => i % 3 !== 0 || i / 3 >= 120).length);
    expect(r.updated).toBe(batch.filter((_, i) => i % 3 === 0 && i / 3 < 120).length);
    const all = (await db.deals.toArray()).map(fromRow);
    const expected = [...computeFirstWon(all).values()].sort((a, b) => (a.account < b.account ? -1 : 1));
    const stored = (await db.accountFirstWon.toArray()).sort((a, b) => (a.account < b.account ? -1 : 1));
    expect(stored).toEqual(expected);
  });
});
