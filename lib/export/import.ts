import type { ImportPreview } from '../messaging/protocol';
import type { PacerDb } from '../db/app-db';
import { toRow } from '../db/deal-row';
import { guardQuota } from '../db/errors';
import { clearIngestCache } from '../db/ingest-cache';
import { updateFirstWon } from '../db/first-won';
import { putSettings } from '../db/settings';
import { parseBackupText, type ParsedBackup } from './import-parse';
import { emptyCounts, planImport, type ImportPlan } from './import-plan';

const tablesOf = (db: PacerDb) =>
  [db.deals, db.observations, db.goals, db.csat, db.snapshots, db.mappings, db.agendas, db.meta, db.accountFirstWon];

const previewOf = (b: ParsedBackup, plan: ImportPlan): ImportPreview => ({
  ok: true, fatal: null, fatalDetail: null, fromVersion: b.fromVersion, counts: plan.counts,
  settingsChanged: plan.settingsChanged, errors: b.errors,
});

function fatalPreview(text: string): { preview: ImportPreview; backup: null } | { preview: null; backup: ParsedBackup } {
  const parsed = parseBackupText(text);
  if (parsed.ok) return { preview: null, backup: parsed.backup };
  return {
    backup: null,
    preview: { ok: false, fatal: parsed.fatal, fatalDetail: parsed.detail, fromVersion: parsed.fromVersion, counts: emptyCounts(), settingsChanged: false, errors: [] },
  };
}

/** What importing `text` would do ("adds N deals, updates M, 3 goals"), writing nothing. */
export async function previewImport(db: PacerDb, text: string): Promise<ImportPreview> {
  const { preview, backup } = fatalPreview(text);
  if (!backup) return preview;
  const plan = await db.transaction('r', tablesOf(db), () => planImport(db, backup));
  return previewOf(backup, plan);
}

/**
 * Imports in ONE transaction: the plan is recomputed inside it (so it matches the data it
 * writes over) and every write commits or none does. Invalid records are skipped and reported;
 * a file that is invalid as a whole writes nothing.
 */
export async function applyImport(db: PacerDb, text: string): Promise<ImportPreview> {
  const { preview, backup } = fatalPreview(text);
  if (!backup) return preview;
  // After the import, ingest's memory of merged records is stale (lib/db/ingest-cache.ts).
  const plan = await guardQuota(() => db.transaction('rw', tablesOf(db), async () => {
    const p = await planImport(db, backup);
    if (p.deals.length) await db.deals.bulkPut(p.deals.map((d) => toRow(d.after)));
    if (p.observations.length) await db.observations.bulkAdd(p.observations);
    if (p.puts.goals.length) await db.goals.bulkPut(p.puts.goals);
    if (p.puts.csat.length) await db.csat.bulkPut(p.puts.csat);
    if (p.puts.snapshots.length) await db.snapshots.bulkPut(p.puts.snapshots);
    if (p.puts.mappings.length) await db.mappings.bulkPut(p.puts.mappings);
    if (p.puts.agendas.length) await db.agendas.bulkPut(p.puts.agendas);
    if (p.settings && p.settingsChanged) await putSettings(db, p.settings);
    await updateFirstWon(db, p.deals);
    return p;
  })).finally(() => clearIngestCache(db));
  return previewOf(backup, plan);
}

/** True when an applied import changed anything (the background then bumps dataVersion). */
export const importWrote = (p: ImportPreview): boolean =>
  p.ok && (p.settingsChanged || Object.values(p.counts).some((c) => c.add + c.update > 0));
