import { z } from 'zod';

/** A customer-satisfaction entry for a rep and a period (entered by a manager). Key: owner + period. */
export const csatEntrySchema = z.object({
  owner: z.string().min(1).max(500),
  period: z.string().min(1).max(40),
  value: z.number().finite(),
});
export type CsatEntry = z.infer<typeof csatEntrySchema>;
