import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { PacerDb } from '../../../lib/db/app-db';

let seq = 0;
/** A fresh, uniquely named database on fake-indexeddb (tests never share data). */
export function freshDbName(): string {
  seq += 1;
  return `pacer-test-${process.pid}-${seq}-${Math.random().toString(36).slice(2)}`;
}

export const fakeIdb = { indexedDB, IDBKeyRange };

export function freshDb(name: string = freshDbName()): PacerDb {
  return new PacerDb(name, fakeIdb);
}

/** A page's deal with the fields a list view shows. */
export function seenDeal(sourceId: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    crm: 'salesforce', sourceId, name: `Deal ${sourceId}`, account: `Account ${sourceId}`, owner: 'Maria Chen',
    amount: 1000, currency: 'USD', stage: 'Prospecting', status: 'open', closeDate: '2026-12-15',
    createdDate: '2026-10-01', probability: 10, url: `https://x.my.salesforce.com/${sourceId}`, ...over,
  };
}
