import type { ExtractedDeal } from '../domain/deal';
import type { PacerDb } from './app-db';

/**
 * What the last ingest of each deal merged, kept in the background's memory: when a page sends
 * exactly the same record again while its lastSeenAt is fresh, merging it would change nothing,
 * so the deal is counted unchanged WITHOUT validating it or reading the database (re-reading a
 * list of 10k unchanged deals then costs ~nothing). Every ingest of a deal replaces its entry
 * (inside the transaction, so entries follow commit order); import, delete-all and settings
 * changes clear it.
 */
interface Entry { sig: string; seenAtMs: number }

const MAX_ENTRIES = 50_000;
const caches = new WeakMap<PacerDb, Map<string, Entry>>();

const ABSENT = '\u0000';
const FIELDS = ['name', 'account', 'owner', 'amount', 'currency', 'stage', 'status', 'closeDate', 'createdDate', 'probability', 'url'] as const;

/**
 * The exact key of a record straight from the message, BEFORE validation (null when crm or
 * sourceId is not a string: such a record cannot validate). Length-prefixed, so no crm/sourceId
 * pair can collide with another whatever characters they hold.
 */
export function rawKey(r: unknown): string | null {
  if (typeof r !== 'object' || r === null) return null;
  const { crm, sourceId } = r as { crm?: unknown; sourceId?: unknown };
  return typeof crm === 'string' && typeof sourceId === 'string' ? `${crm.length}:${crm}${sourceId}` : null;
}

/** The record as merged: absent and null differ, field order fixed. */
const ingestSig = (d: ExtractedDeal): string => JSON.stringify([d.crm, d.sourceId, ...FIELDS.map((f) => (d[f] === undefined ? ABSENT : d[f]))]);

const primitive = (v: unknown): boolean =>
  v === undefined || v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The signature of a raw record, or null when it is not a plain record of primitives. */
function rawSig(o: Record<string, unknown>): string | null {
  const vals: unknown[] = [o.crm, o.sourceId];
  for (const f of FIELDS) {
    const v = o[f];
    if (!primitive(v)) return null;
    vals.push(v === undefined ? ABSENT : v);
  }
  return JSON.stringify(vals);
}

function cacheOf(db: PacerDb): Map<string, Entry> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new Map()));
  return c;
}

/**
 * True when `r` (raw, unvalidated) is, as JSON of primitives, the record that validated and
 * merged last time for this key, and that merge is fresh: it validates and merges the same way,
 * so a hit may skip zod too — most of a re-read's cost. A key never seen costs one Map lookup
 * (nothing is serialized). Signatures are flat strings: cheap to keep for 50k deals.
 */
export function cachedUnchanged(db: PacerDb, key: string, r: unknown, nowMs: number, freshMs: number): boolean {
  const e = cacheOf(db).get(key);
  return e !== undefined && nowMs - e.seenAtMs < freshMs && rawSig(r as Record<string, unknown>) === e.sig;
}

/** `deal` is the validated record as merged last. */
export function remember(db: PacerDb, key: string, deal: ExtractedDeal, seenAtMs: number): void {
  const c = cacheOf(db);
  c.delete(key); // re-insert: Map order doubles as least-recently-ingested first
  c.set(key, { sig: ingestSig(deal), seenAtMs });
  if (c.size > MAX_ENTRIES) c.delete(c.keys().next().value as string);
}

export function clearIngestCache(db: PacerDb): void {
  caches.get(db)?.clear();
}
