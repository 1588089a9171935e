import { browser } from 'wxt/browser';
import { dataTables, type PacerDb } from '../../../lib/db/app-db';
import { clearIngestCache } from '../../../lib/db/ingest-cache';
import { listSnapshots } from '../../../lib/db/snapshots';
import { exportBackup } from '../../../lib/export/backup';
import { snapshotsToCsv } from '../../../lib/export/csv';
import { applyImport, importWrote, previewImport } from '../../../lib/export/import';
import { handle } from '../../../lib/messaging/handle';
import type { StorageUsage } from '../../../lib/messaging/protocol';
import { POPUP_LAST_REP_KEY } from '../../../lib/messaging';
import { SAVED_TEAM_VIEW_KEY } from './team-view-store';
import { commit, teardown } from './write';

/**
 * Delete all data: every table, settings included, in one transaction (all or nothing); then the
 * popup's remembered rep (a name) from storage.local and the saved team view (storage.session).
 */
export async function deleteAllData(db: PacerDb): Promise<void> {
  await db.transaction('rw', [...dataTables(db)], async () => {
    await Promise.all(dataTables(db).map((t) => t.clear()));
  });
  clearIngestCache(db);
  await Promise.all([browser.storage.local.remove(POPUP_LAST_REP_KEY), browser.storage.session.remove(SAVED_TEAM_VIEW_KEY)]);
}

export async function storageUsage(db: PacerDb): Promise<StorageUsage> {
  const [deals, observations, goals, csat, snapshots, mappings, agendas] = await Promise.all(
    [db.deals, db.observations, db.goals, db.csat, db.snapshots, db.mappings, db.agendas].map((t) => t.count()),
  );
  let usageBytes: number | null = null;
  let quotaBytes: number | null = null;
  try {
    const est = await navigator.storage?.estimate?.();
    usageBytes = est?.usage ?? null;
    quotaBytes = est?.quota ?? null;
  } catch {
    // estimate() is unavailable in some contexts; the counts still tell the story.
  }
  return {
    counts: { deals: deals!, observations: observations!, goals: goals!, csat: csat!, snapshots: snapshots!, mappings: mappings!, agendas: agendas! },
    usageBytes,
    quotaBytes,
  };
}

/** Export, import, delete-all and usage (options → Data). Files are saved by the UI; no network. */
export function setupData(db: PacerDb): () => void {
  return teardown([
    handle('data.export', () => exportBackup(db)),
    handle('data.exportSnapshotsCsv', async () => snapshotsToCsv(await listSnapshots(db))),
    handle('data.importPreview', ({ text }) => previewImport(db, text)),
    handle('data.importApply', ({ text }) => commit(() => applyImport(db, text), importWrote)),
    handle('data.deleteAll', () => commit(() => deleteAllData(db))),
    handle('data.usage', () => storageUsage(db)),
  ]);
}
