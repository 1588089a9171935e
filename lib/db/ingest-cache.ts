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

const primitive = (v: unknown): boolean =>
  v === undefined || v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Key and signature of a record straight from the message, BEFORE validation, or null when it
 * is not a plain record of primitives. A record equal (as JSON of primitives) to one that
 * validated and merged before validates and merges the same way, so a cache hit may skip zod
 * too — which is most of the cost of re-reading an unchanged page.
 */
export function rawSig(r: unknown): { key: string; sig: string } | null {
  if (typeof r !== 'object' || r === null) return null;
  const o = r as Record<string, unknown>;
  if (typeof o.crm !== 'string' || typeof o.sourceId !== 'string') return null;
  const vals: unknown[] = [];
  for (const f of FIELDS) {
    const v = o[f];
    if (!primitive(v)) return null;
    vals.push(v === undefined ? ABSENT : v);
  }
  return { key: `${o.crm}:${o.sourceId}`, sig: JSON.stringify(vals) };
}

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
