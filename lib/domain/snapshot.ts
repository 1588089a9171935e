import { z } from 'zod';
import { kpiBasisSchema, kpiValuesSchema } from './kpi';
import { isoDate, isoTimestamp } from './primitives';

export const periodKindSchema = z.enum(['month', 'quarter', 'year', 'custom']);
export type PeriodKind = z.infer<typeof periodKindSchema>;

/** One scope's KPIs for one period, as kept on one day. */
export const snapshotSchema = z.object({
  id: z.string().min(1).max(300),
  takenOn: isoDate,
  takenAt: isoTimestamp,
  /** `auto` = the daily alarm; `manual` = "Save snapshot now". */
  kind: z.enum(['auto', 'manual']),
  label: z.string().max(200).nullable(),
  period: z.object({ label: z.string().max(40), kind: periodKindSchema, start: isoDate, end: isoDate }),
  scope: z.enum(['team', 'rep']),
  owner: z.string().max(500).nullable(),
  currency: z.string().max(3),
  kpis: kpiValuesSchema,
  basis: kpiBasisSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;
