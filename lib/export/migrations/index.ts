import { BACKUP_VERSION } from '../../domain/backup';
import { v0ToV1 } from './v0-to-v1';

export type RawBackup = Record<string, unknown>;
/** One step: a document of version N → version N + 1 (pure, works on parsed JSON). */
export type BackupMigration = (doc: RawBackup) => RawBackup;

/** Keyed by the version a step starts from. Add a step whenever BACKUP_VERSION grows. */
export const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = { 0: v0ToV1 };

export class UnsupportedVersionError extends Error {}

/** Runs the chain from `doc.version` up to the current version; unknown gaps throw. */
export function migrateBackup(doc: RawBackup, steps: Readonly<Record<number, BackupMigration>> = BACKUP_MIGRATIONS, target = BACKUP_VERSION): RawBackup {
  let cur = doc;
  let v = cur.version as number;
  while (v < target) {
    const step = steps[v];
    if (!step) throw new UnsupportedVersionError(`no migration from backup version ${v}`);
    cur = step(cur);
    if (cur.version !== v + 1) throw new UnsupportedVersionError(`migration from ${v} did not produce ${v + 1}`);
    v += 1;
  }
  return cur;
}
