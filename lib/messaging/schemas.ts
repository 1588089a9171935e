import { z } from 'zod';
import { csatEntrySchema } from '../domain/csat';
import { goalSchema } from '../domain/goal';
import { mappingSchema } from '../domain/mapping';
import { settingsPatchSchema } from '../domain/settings';
import { CUSTOM_DOMAIN_CRMS } from '../sites/custom-crm';

/**
 * Request schemas for every message. The background validates each incoming message against
 * these before any handler runs (lib/messaging/validate.ts). Only the background imports this
 * file, which keeps zod out of the content script.
 */
const periodKind = z.enum(['month', 'quarter', 'year']);
const owner = z.string().min(1).max(500);
const periodLabel = z.string().min(1).max(40);
const today = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional();

export const requestSchemas = {
  'deals.ingest': z.object({
    url: z.string().max(4000),
    adapter: z.string().max(40),
    pageKind: z.enum(['list', 'board', 'record', 'other']),
    deals: z.array(z.unknown()).max(60_000),
  }),
  'view.sidebar': z.object({
    periodKind,
    owner: owner.nullable().optional(),
    recordKey: z.string().max(300).nullable().optional(),
    today,
  }),
  'view.team': z.object({ period: periodLabel.optional(), today }),
  'view.rep': z.object({ owner, period: periodLabel, today }),
  'owners.list': z.undefined(),
  'settings.get': z.undefined(),
  'popup.start': z.object({ languages: z.array(z.string().max(100)).max(50) }),
  'settings.update': settingsPatchSchema,
  'goals.list': z.object({ owner: owner.nullable().optional(), period: periodLabel.optional() }).optional(),
  'goals.save': goalSchema,
  'goals.saveMany': z.object({ goals: z.array(goalSchema).min(1).max(50) }),
  'goals.delete': z.object({ id: z.string().min(1).max(200) }),
  'goals.check': z.object({ goal: goalSchema, today }),
  'goals.importCsv': z.object({ csv: z.string().max(2_000_000), apply: z.boolean() }),
  'deals.stages': z.undefined(),
  'csat.set': csatEntrySchema,
  'agenda.save': z.object({
    owner,
    period: periodLabel,
    items: z.array(z.object({
      id: z.string().max(300), text: z.string().max(2000), category: z.string().max(40),
      done: z.boolean(), since: periodLabel,
    })).max(500),
    notes: z.string().max(20_000),
  }),
  'snapshots.list': z.object({ owner: owner.nullable().optional() }).optional(),
  'snapshots.saveNow': z.object({ label: z.string().max(200).nullable() }),
  'snapshots.ensureToday': z.object({ today }).optional(),
  'data.export': z.undefined(),
  'data.exportSnapshotsCsv': z.undefined(),
  'data.importPreview': z.object({ text: z.string().max(200_000_000) }),
  'data.importApply': z.object({ text: z.string().max(200_000_000) }),
  'data.deleteAll': z.object({ confirm: z.literal('DELETE') }),
  'data.usage': z.undefined(),
  'mappings.list': z.undefined(),
  'mappings.forUrl': z.object({ url: z.string().max(4000) }),
  'mappings.save': mappingSchema,
  'mappings.delete': z.object({ id: z.string().min(1).max(200) }),
  'sites.add': z.object({ host: z.string().min(1).max(253), crm: z.enum(CUSTOM_DOMAIN_CRMS).optional() }),
  'sites.remove': z.object({ host: z.string().min(1).max(253) }),
  'sites.css': z.object({ entry: z.string().regex(/^[a-z]{1,40}$/) }),
  'sidebar.toggle': z.undefined(),
  'sidebar.strings': z.undefined(),
  'teach.open': z.undefined(),
  'teach.inject': z.object({ script: z.enum(['teach', 'taught', 'board']) }),
} as const;

export type RequestOf<K extends keyof typeof requestSchemas> = z.infer<(typeof requestSchemas)[K]>;
