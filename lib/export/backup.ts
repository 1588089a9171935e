import { agendaStateSchema } from '../domain/agenda';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../domain/backup';
import { csatEntrySchema } from '../domain/csat';
import { goalSchema } from '../domain/goal';
import { mappingSchema } from '../domain/mapping';
import { observationSchema } from '../domain/observation';
import { snapshotSchema } from '../domain/snapshot';
import type { PacerDb } from '../db/app-db';
import { canonicalDeal } from '../db/deal-row';
import { withImplicit } from '../db/observations';
import { getSettings } from '../db/settings';
import { agendaOrder, csatOrder, dealOrder, idOrder, observationOrder } from './order';

/**
 * The full backup of interfaces.md §1, read in one transaction (a consistent picture).
 * Each record goes through its schema (key order of the schema, storage-only fields such as
 * observation ids and the `undated` marker dropped) and each table is sorted (./order.ts).
 */
export async function exportBackup(db: PacerDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', [db.deals, db.observations, db.goals, db.csat, db.snapshots, db.mappings, db.agendas, db.meta], async () => {
    const [settings, deals, observations, goals, csat, snapshots, mappings, agendas] = await Promise.all([
      getSettings(db), db.deals.toArray(), db.observations.toArray(), db.goals.toArray(), db.csat.toArray(),
      db.snapshots.toArray(), db.mappings.toArray(), db.agendas.toArray(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      settings,
      deals: deals.map(canonicalDeal).sort(dealOrder),
      observations: withImplicit(deals, observations).map((o) => observationSchema.parse(o)).sort(observationOrder),
      goals: goals.map((g) => goalSchema.parse(g)).sort(idOrder),
      csat: csat.map((c) => csatEntrySchema.parse(c)).sort(csatOrder),
      snapshots: snapshots.map((x) => snapshotSchema.parse(x)).sort(idOrder),
      mappings: mappings.map((m) => mappingSchema.parse(m)).sort(idOrder),
      agendas: agendas.map((a) => agendaStateSchema.parse(a)).sort(agendaOrder),
    };
  });
}

/** The file's text: pretty-printed so a user can read and diff it. */
export const backupText = (b: Backup): string => `${JSON.stringify(b, null, 2)}\n`;

/** `pacer-backup-2026-11-27.json` */
export const backupFileName = (now: Date = new Date()): string => `pacer-backup-${now.toISOString().slice(0, 10)}.json`;
