import { z } from 'zod';
import { agendaStateSchema } from './agenda';
import { csatEntrySchema } from './csat';
import { dealSchema } from './deal';
import { goalSchema } from './goal';
import { mappingSchema } from './mapping';
import { observationSchema } from './observation';
import { isoTimestamp } from './primitives';
import { settingsSchema } from './settings';
import { snapshotSchema } from './snapshot';

export const BACKUP_FORMAT = 'pacer-backup';
export const BACKUP_VERSION = 1;

/**
 * The envelope is checked first; records are validated one by one so that a single bad
 * record is reported with its path instead of rejecting the whole file (interfaces.md §1).
 */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: isoTimestamp,
  settings: z.record(z.string(), z.unknown()),
  deals: z.array(z.unknown()),
  observations: z.array(z.unknown()).default([]),
  goals: z.array(z.unknown()).default([]),
  csat: z.array(z.unknown()).default([]),
  snapshots: z.array(z.unknown()).default([]),
  mappings: z.array(z.unknown()).default([]),
  /** Added after the first draft of §1; optional so files without it still import. */
  agendas: z.array(z.unknown()).default([]),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoTimestamp,
  settings: settingsSchema,
  deals: z.array(dealSchema),
  observations: z.array(observationSchema),
  goals: z.array(goalSchema),
  csat: z.array(csatEntrySchema),
  snapshots: z.array(snapshotSchema),
  mappings: z.array(mappingSchema).default([]),
  agendas: z.array(agendaStateSchema).default([]),
});
export type Backup = z.infer<typeof backupSchema>;
