import { fakeIdb, freshDbName } from '../support/db';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PacerDb } from '../../../lib/db/app-db';
import { getSettings } from '../../../lib/db/settings';
import { fillV1, PacerDbV1, V1_STORES } from '../../fixtures/db/v1-schema';

describe('upgrade from a frozen v1 database', () => {
  it('keeps every record and backfills the v2 indexes and accountFirstWon', async () => {
    const name = freshDbName();
    const v1 = new PacerDbV1(name, fakeIdb);
    await fillV1(v1);
    const before: Record<string, unknown[]> = {};
    for (const t of Object.keys(V1_STORES)) before[t] = await v1.table(t).toArray();
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new PacerDb(name, fakeIdb);
    await db.open();
    expect(db.verno).toBe(2);
    for (const t of Object.keys(V1_STORES)) {
      const rows = (await db.table(t).toArray()).map((r: Record<string, unknown>) => {
        const { undated: _u, ...rest } = r;
        return rest;
      });
      expect(rows, t).toEqual(before[t]);
    }
    // new sparse index: deals without a closeDate
    expect((await db.deals.where('undated').equals(1).primaryKeys()).map((k) => k[1]).sort()).toEqual(['O2', 'O3']);
    // new compound index: open deals closing before a day
    const slipped = await db.deals.where('[status+closeDate]').between(['open', Dexie.minKey], ['open', '2026-11-27']).toArray();
    expect(slipped.map((d) => d.sourceId)).toEqual(['O1']);
    // new table, backfilled with normalized accounts
    expect(await db.accountFirstWon.orderBy('account').toArray()).toEqual([
      { account: 'harbor co', closeDate: '2024-02-10', dealKey: 'salesforce:W2' },
      { account: '台北商行', closeDate: '2026-10-03', dealKey: 'salesforce:W3' },
    ]);
    expect((await getSettings(db)).baseCurrency).toBe('EUR');
    db.close();
  });
});
