import { extractedDealSchema, type Deal, type ExtractedDeal } from '../domain/deal';
import type { IngestResult } from '../messaging/protocol';
import type { DealRow, FirstWonRow, ObservationRow, PacerDb } from './app-db';
import { fromRow, sameDeal, toRow } from './deal-row';
import { guardQuota } from './errors';
import { cachedUnchanged, clearIngestCache, rawKey, remember } from './ingest-cache';
import { updateFirstWon } from './first-won';
import { mergeDeal, trackedChanged } from './merge-deal';
import { implicitFirst, observationOf } from './observations';
import { getSettings } from './settings';
import { directStore, LARGE_BATCH, storedDealRows } from './stored-deals';
import { issuesText } from './zod-issues';

/**
 * Re-reading a page whose deals did not change writes nothing unless lastSeenAt is older than
 * this: "last seen" stays useful (basis.oldestSeen) while a re-ingest costs ~0 writes.
 */
export const LAST_SEEN_REFRESH_MS = 10 * 60_000;

/** The records of one deal in a batch (in batch order), by their raw crm/sourceId. */
interface Group { crm: string; sourceId: string; indexes: number[] }

/**
 * Groups a batch by deal before any validation. Records merged before, unchanged and fresh are
 * set aside (counted unchanged, no zod, no database read); records without a string
 * crm/sourceId cannot validate and are only checked for their rejection reason.
 */
function groupBatch(db: PacerDb, raw: readonly unknown[], nowMs: number) {
  const groups = new Map<string, Group>();
  const remembered = new Set<string>();
  const unkeyed: number[] = [];
  raw.forEach((r, i) => {
    const key = rawKey(r);
    if (key === null) unkeyed.push(i);
    else if (cachedUnchanged(db, key, r, nowMs, LAST_SEEN_REFRESH_MS)) remembered.add(key);
    else {
      const g = groups.get(key);
      if (g) g.indexes.push(i);
      else { const { crm, sourceId } = r as Group; groups.set(key, { crm, sourceId, indexes: [i] }); }
    }
  });
  return { groups, remembered, unkeyed };
}

/**
 * Stores one batch from a page in ONE read-write transaction: reads the stored deals by key,
 * validates and merges each record (zod, one record at a time: one bad row is reported, not the
 * whole batch), writes only what changed, appends an observation when a tracked value changed,
 * and keeps accountFirstWon current. A large batch's rows are written as they are merged, so
 * IndexedDB stores them while the next records are validated. Overlapping batches from two tabs
 * serialize on the transaction (same table scope), so both end up merged: the union.
 */
export async function ingestDeals(db: PacerDb, raw: readonly unknown[], opts: { now?: Date } = {}): Promise<IngestResult> {
  const nowIso = (opts.now ?? new Date()).toISOString();
  const nowMs = Date.parse(nowIso);
  const { groups, remembered, unkeyed } = groupBatch(db, raw, nowMs);
  const result: IngestResult = { added: 0, updated: 0, unchanged: 0, rejected: [] };
  const reject = (index: number, error: Parameters<typeof issuesText>[0]) => result.rejected.push({ index, reason: issuesText(error) });
  for (const i of unkeyed) {
    const p = extractedDealSchema.safeParse(raw[i]);
    if (!p.success) reject(i, p.error);
  }
  const countRemembered = (merged: Set<string>) => { for (const key of remembered) if (!merged.has(key)) result.unchanged++; };
  if (groups.size === 0) { countRemembered(new Set()); return result; }

  const keys = [...groups.keys()];
  const write = () => db.transaction('rw', [db.deals, db.observations, db.meta, db.accountFirstWon], async (tx) => {
    const large = keys.length >= LARGE_BATCH;
    // Every read this batch needs, at once, before the first write: nothing waits behind the puts.
    const [{ stageStatus }, stored, firstWonWhole] = await Promise.all([
      getSettings(db),
      storedDealRows(db, keys.map((k) => [groups.get(k)!.crm, groups.get(k)!.sourceId] as [string, string])),
      large ? db.accountFirstWon.toArray() : Promise.resolve<FirstWonRow[] | undefined>(undefined),
    ]);
    const puts: DealRow[] = [];
    const put = (row: DealRow) => { puts.push(row); };
    const merged = new Set<string>();
    const changes: { before: Deal | undefined; after: Deal }[] = [];
    const retracked: { before: Deal; after: Deal }[] = [];

    keys.forEach((key, k) => {
      const row = stored[k];
      const before = row ? fromRow(row) : undefined;
      let after = before;
      let last: ExtractedDeal | undefined;
      for (const i of groups.get(key)!.indexes) {
        const p = extractedDealSchema.safeParse(raw[i]);
        if (!p.success) { reject(i, p.error); continue; }
        last = p.data;
        after = mergeDeal(after, last, nowIso, stageStatus);
      }
      if (!last || !after) return; // every record of this deal was invalid
      merged.add(key);
      if (!before) {
        result.added++; // its first observation is implicit (./observations.ts): no second write
        put(toRow(after));
        changes.push({ before, after });
      } else if (!sameDeal(before, after)) {
        result.updated++;
        if (nowMs > Date.parse(before.lastSeenAt)) after.lastSeenAt = nowIso;
        put(toRow(after));
        changes.push({ before, after });
        if (trackedChanged(before, after)) retracked.push({ before, after });
      } else {
        result.unchanged++;
        if (nowMs - Date.parse(before.lastSeenAt) >= LAST_SEEN_REFRESH_MS) {
          after.lastSeenAt = nowIso;
          put(toRow(after));
        }
      }
      remember(db, key, last, Date.parse(after.lastSeenAt));
    });
    countRemembered(merged);
    result.rejected.sort((a, b) => a.index - b.index);
    const direct = directStore(tx, db.deals, puts.length);
    if (direct) for (const row of puts) direct.put(row);
    else if (puts.length) await db.deals.bulkPut(puts);

    // Compared with the LAST OBSERVATION (not only the stored deal): an imported history may end
    // with values the stored deal already had, and reading them again must not duplicate it.
    // A deal with none stored had only its implicit first entry: it is written now, before the change.
    const lasts = await Promise.all(
      retracked.map(({ after: d }) => db.observations.where('[crm+sourceId]').equals([d.crm, d.sourceId]).last()),
    );
    const observations: ObservationRow[] = [];
    retracked.forEach(({ before, after }, i) => {
      const last = lasts[i] ?? implicitFirst(before);
      if (!lasts[i]) observations.push(last);
      if (trackedChanged(last, after)) observations.push(observationOf(after, nowIso));
    });
    if (observations.length) await db.observations.bulkAdd(observations);
    await updateFirstWon(db, changes, firstWonWhole);
    return result;
  });
  try {
    return await guardQuota(write);
  } catch (e) {
    clearIngestCache(db); // entries remembered inside the aborted transaction are not true
    throw e;
  }
}
