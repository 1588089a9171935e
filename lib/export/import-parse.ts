import { z } from 'zod';
import { agendaStateSchema, type StoredAgenda } from '../domain/agenda';
import { BACKUP_FORMAT, BACKUP_VERSION, backupEnvelopeSchema } from '../domain/backup';
import { csatEntrySchema, type CsatEntry } from '../domain/csat';
import { dealSchema, type Deal } from '../domain/deal';
import { goalSchema, type Goal } from '../domain/goal';
import { mappingSchema, type Mapping } from '../domain/mapping';
import { observationSchema, type Observation } from '../domain/observation';
import { settingsSchema, type Settings } from '../domain/settings';
import { snapshotSchema, type Snapshot } from '../domain/snapshot';
import type { ImportIssue } from '../messaging/protocol';
import { recordIssues } from '../db/zod-issues';
import { migrateBackup, UnsupportedVersionError } from './migrations';

/** Whole-file problems: i18n keys (lib/i18n/messages/storage.ts). Nothing is written. */
export const IMPORT_FATAL = {
  badJson: 'storage.import.badJson',
  notBackup: 'storage.import.notBackup',
  newerVersion: 'storage.import.newerVersion',
  unsupportedVersion: 'storage.import.unsupportedVersion',
  invalidFile: 'storage.import.invalidFile',
} as const;

export interface ParsedBackup {
  fromVersion: number;
  /** null when the file's settings are invalid (reported in errors; stored settings are kept). */
  settings: Settings | null;
  deals: Deal[];
  observations: Observation[];
  goals: Goal[];
  csat: CsatEntry[];
  snapshots: Snapshot[];
  mappings: Mapping[];
  agendas: StoredAgenda[];
  errors: ImportIssue[];
}

export type ParseOutcome =
  | { ok: true; backup: ParsedBackup }
  | { ok: false; fatal: string; detail: string | null; fromVersion: number | null };

const fatal = (key: string, detail: string | null = null, fromVersion: number | null = null): ParseOutcome =>
  ({ ok: false, fatal: key, detail, fromVersion });

/** Validates records one by one: a bad record becomes an error with its path, the rest import. */
function records<T>(name: string, raw: unknown[], schema: z.ZodType<T>, errors: ImportIssue[]): T[] {
  const out: T[] = [];
  raw.forEach((r, i) => {
    const p = schema.safeParse(r);
    if (p.success) out.push(p.data);
    else errors.push(...recordIssues(`${name}[${i}]`, p.error));
  });
  return out;
}

/**
 * Text → validated records. Order: JSON, "is it a pacer backup", "is it from a newer Pacer",
 * migrate older versions, envelope, then each record on its own.
 */
export function parseBackupText(text: string): ParseOutcome {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fatal(IMPORT_FATAL.badJson, e instanceof Error ? e.message : null);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || (doc as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fatal(IMPORT_FATAL.notBackup);
  }
  const raw = doc as Record<string, unknown>;
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fatal(IMPORT_FATAL.invalidFile, 'version: expected a whole number');
  }
  if (version > BACKUP_VERSION) return fatal(IMPORT_FATAL.newerVersion, `version ${version} > ${BACKUP_VERSION}`, version);
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateBackup(raw);
  } catch (e) {
    if (e instanceof UnsupportedVersionError) return fatal(IMPORT_FATAL.unsupportedVersion, e.message, version);
    throw e;
  }
  const env = backupEnvelopeSchema.safeParse(migrated);
  if (!env.success) return fatal(IMPORT_FATAL.invalidFile, z.prettifyError(env.error), version);
  const e = env.data;
  const errors: ImportIssue[] = [];
  const settings = settingsSchema.safeParse(e.settings);
  if (!settings.success) errors.push(...recordIssues('settings', settings.error));
  return {
    ok: true,
    backup: {
      fromVersion: version,
      settings: settings.success ? settings.data : null,
      deals: records('deals', e.deals, dealSchema, errors),
      observations: records('observations', e.observations, observationSchema, errors),
      goals: records('goals', e.goals, goalSchema, errors),
      csat: records('csat', e.csat, csatEntrySchema, errors),
      snapshots: records('snapshots', e.snapshots, snapshotSchema, errors),
      mappings: records('mappings', e.mappings, mappingSchema, errors),
      agendas: records('agendas', e.agendas, agendaStateSchema, errors),
      errors,
    },
  };
}
