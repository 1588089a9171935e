import type { ExtractedDeal } from '../domain/deal';
import type { PacerDb } from './app-db';

/**
 * What the last ingest of each deal merged, kept in the background's memory: when a page sends
 * exactly the same record again while its lastSeenAt is fresh, merging it would change nothing,
 * so the deal is counted unchanged WITHOUT reading the database (re-reading a list of 10k
 * unchanged deals then costs ~nothing). Every ingest of a deal replaces its entry (inside the
 * transaction, so entries follow commit order); import, delete-all and settings changes clear it.
 */
interface Entry { sig: string; seenAtMs: number }

const MAX_ENTRIES = 50_000;
const caches = new WeakMap<PacerDb, Map<string, Entry>>();

const ABSENT = '\u0000';
const FIELDS = ['name', 'account', 'owner', 'amount', 'currency', 'stage', 'status', 'closeDate', 'createdDate', 'probability', 'url'] as const;

/** The record as merged: absent and null differ, field order fixed. */
export const ingestSig = (d: ExtractedDeal): string => JSON.stringify(FIELDS.map((f) => (d[f] === undefined ? ABSENT : d[f])));

function cacheOf(db: PacerDb): Map<string, Entry> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new Map()));
  return c;
}

export function cachedUnchanged(db: PacerDb, key: string, sig: string, nowMs: number, freshMs: number): boolean {
  const e = cacheOf(db).get(key);
  return e !== undefined && e.sig === sig && nowMs - e.seenAtMs < freshMs;
}

export function remember(db: PacerDb, key: string, sig: string, seenAtMs: number): void {
  const c = cacheOf(db);
  c.delete(key); // re-insert: Map order doubles as least-recently-ingested first
  c.set(key, { sig, seenAtMs });
  if (c.size > MAX_ENTRIES) c.delete(c.keys().next().value as string);
}

export function forget(db: PacerDb, key: string): void {
  cacheOf(db).delete(key);
}

export function clearIngestCache(db: PacerDb): void {
  caches.get(db)?.clear();
}
