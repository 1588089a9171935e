import { dealKey, extractedDealSchema, type Deal, type ExtractedDeal } from '../domain/deal';
import type { IngestResult } from '../messaging/protocol';
import type { DealRow, ObservationRow, PacerDb } from './app-db';
import { fromRow, sameDeal, toRow } from './deal-row';
import { guardQuota } from './errors';
import { cachedUnchanged, clearIngestCache, ingestSig, rawSig, remember } from './ingest-cache';
import { updateFirstWon } from './first-won';
import { mergeDeal, trackedChanged } from './merge-deal';
import { implicitFirst, observationOf } from './observations';
import { getSettings } from './settings';
import { putRows, storedDealRows } from './stored-deals';
import { issuesText } from './zod-issues';

/**
 * Re-reading a page whose deals did not change writes nothing unless lastSeenAt is older than
 * this: "last seen" stays useful (basis.oldestSeen) while a re-ingest costs ~0 writes.
 */
export const LAST_SEEN_REFRESH_MS = 10 * 60_000;

/** Validates each record on its own: one bad row is reported, not the whole batch. */
function validate(raw: readonly unknown[]) {
  const valid: ExtractedDeal[] = [];
  const rejected: IngestResult['rejected'] = [];
  raw.forEach((r, index) => {
    const p = extractedDealSchema.safeParse(r);
    if (p.success) valid.push(p.data);
    else rejected.push({ index, reason: issuesText(p.error) });
  });
  return { valid, rejected };
}

/**
 * Stores one batch from a page in ONE read-write transaction: reads the stored deals by key,
 * merges, writes only what changed, appends an observation when a tracked value changed, and
 * keeps accountFirstWon current. Overlapping batches from two tabs serialize on the transaction
 * (same table scope), so both end up merged: the union.
 */
export async function ingestDeals(db: PacerDb, raw: readonly unknown[], opts: { now?: Date } = {}): Promise<IngestResult> {
  const nowIso = (opts.now ?? new Date()).toISOString();
  const nowMs = Date.parse(nowIso);
  // Records merged before, unchanged and fresh: counted without validation or a database read.
  const remembered = new Set<string>();
  const rest: unknown[] = [];
  const restIndex: number[] = [];
  raw.forEach((r, i) => {
    const rs = rawSig(r);
    if (rs && cachedUnchanged(db, rs.key, rs.sig, nowMs, LAST_SEEN_REFRESH_MS)) remembered.add(rs.key);
    else { rest.push(r); restIndex.push(i); }
  });
  const { valid, rejected } = validate(rest);
  for (const r of rejected) r.index = restIndex[r.index]!;
  const result: IngestResult = { added: 0, updated: 0, unchanged: 0, rejected };
  if (valid.length === 0) { result.unchanged = remembered.size; return result; }

  const byKey = new Map<string, ExtractedDeal[]>();
  for (const d of valid) {
    const k = dealKey(d);
    const list = byKey.get(k);
    if (list) list.push(d); else byKey.set(k, [d]);
  }
  const groups = [...byKey.values()];
  for (const key of remembered) if (!byKey.has(key)) result.unchanged++;

  const write = () => db.transaction('rw', [db.deals, db.observations, db.meta, db.accountFirstWon], async () => {
    const { stageStatus } = await getSettings(db);
    const stored = await storedDealRows(db, groups.map((g) => [g[0]!.crm, g[0]!.sourceId] as [string, string]));
    const puts: DealRow[] = [];
    const observations: ObservationRow[] = [];
    const changes: { before: Deal | undefined; after: Deal }[] = [];
    const retracked: { before: Deal; after: Deal }[] = [];

    groups.forEach((seenList, i) => {
      const row = stored[i];
      const before = row ? fromRow(row) : undefined;
      let merged = before;
      for (const seen of seenList) merged = mergeDeal(merged, seen, nowIso, stageStatus);
      const after = merged!;
      const last = seenList[seenList.length - 1]!;
      if (!before) {
        result.added++; // its first observation is implicit (./observations.ts): no second write
        puts.push(toRow(after));
        changes.push({ before, after });
      } else if (!sameDeal(before, after)) {
        result.updated++;
        if (nowMs > Date.parse(before.lastSeenAt)) after.lastSeenAt = nowIso;
        puts.push(toRow(after));
        changes.push({ before, after });
        if (trackedChanged(before, after)) retracked.push({ before, after });
      } else {
        result.unchanged++;
        if (nowMs - Date.parse(before.lastSeenAt) >= LAST_SEEN_REFRESH_MS) {
          after.lastSeenAt = nowIso;
          puts.push(toRow(after));
        }
      }
      remember(db, dealKey(after), ingestSig(last), Date.parse(after.lastSeenAt));
    });

    // Compared with the LAST OBSERVATION (not only the stored deal): an imported history may end
    // with values the stored deal already had, and reading them again must not duplicate it.
    // A deal with none stored had only its implicit first entry: it is written now, before the change.
    const lasts = await Promise.all(
      retracked.map(({ after: d }) => db.observations.where('[crm+sourceId]').equals([d.crm, d.sourceId]).last()),
    );
    retracked.forEach(({ before, after }, i) => {
      const last = lasts[i] ?? implicitFirst(before);
      if (!lasts[i]) observations.push(last);
      if (trackedChanged(last, after)) observations.push(observationOf(after, nowIso));
    });

    if (puts.length) await putRows(db.deals, puts);
    if (observations.length) await db.observations.bulkAdd(observations);
    await updateFirstWon(db, changes);
    return result;
  });
  try {
    return await guardQuota(write);
  } catch (e) {
    clearIngestCache(db); // entries remembered inside the aborted transaction are not true
    throw e;
  }
}
