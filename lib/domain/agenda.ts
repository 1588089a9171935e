import { z } from 'zod';
import { isoTimestamp } from './primitives';

/**
 * A saved one-on-one agenda (the stored form of views.ts AgendaState), key owner + period.
 * Part of the backup so a manager's notes survive export/import.
 */
export const agendaItemSchema = z.object({
  id: z.string().min(1).max(300),
  text: z.string().max(2000),
  category: z.string().max(40),
  done: z.boolean(),
  since: z.string().min(1).max(40),
});

export const agendaStateSchema = z.object({
  owner: z.string().min(1).max(500),
  period: z.string().min(1).max(40),
  items: z.array(agendaItemSchema).max(500),
  notes: z.string().max(20_000),
  updatedAt: isoTimestamp.nullable(),
});
export type StoredAgenda = z.infer<typeof agendaStateSchema>;
