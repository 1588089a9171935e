import { z } from 'zod';
import { dealFields } from './deal';
import { isoTimestamp } from './primitives';

/** One entry of a deal's change history: the tracked values as seen at `at`. */
export const observationSchema = z.object({
  crm: dealFields.crm,
  sourceId: dealFields.sourceId,
  at: isoTimestamp,
  stage: dealFields.stage,
  status: dealFields.status,
  amount: dealFields.amount,
  closeDate: dealFields.closeDate,
});
export type Observation = z.infer<typeof observationSchema>;
