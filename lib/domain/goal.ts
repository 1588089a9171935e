import { z } from 'zod';
import { isoTimestamp } from './primitives';

export const ACCUMULATING_METRICS = ['revenueWon', 'dealsWon', 'newCustomers', 'repeatCustomers'] as const;
export const LEVEL_METRICS = ['winRate', 'avgDealSize', 'csat'] as const;
export const goalMetricSchema = z.enum([...ACCUMULATING_METRICS, ...LEVEL_METRICS]);
export type GoalMetric = z.infer<typeof goalMetricSchema>;

export const goalTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolute'), value: z.number().finite().nonnegative() }),
  z.object({ kind: z.literal('relative'), percent: z.number().finite().min(-100).max(10_000) }),
]);
export type GoalTarget = z.infer<typeof goalTargetSchema>;

export const goalSchema = z
  .object({
    id: z.string().min(1).max(200),
    scope: z.enum(['team', 'rep']),
    owner: z.string().max(500).nullable(),
    metric: goalMetricSchema,
    target: goalTargetSchema,
    /** A period label: `2026-Q4`, `2026-11`, `FY2027`, `2026-10-01..2026-12-31`. */
    period: z.string().min(1).max(40),
    parentId: z.string().max(200).nullable(),
    createdAt: isoTimestamp,
  })
  .refine((g) => (g.scope === 'team') === (g.owner === null), {
    message: 'a team goal has no owner; a rep goal names one',
    path: ['owner'],
  });
export type Goal = z.infer<typeof goalSchema>;

export const isLevelMetric = (m: GoalMetric): boolean => (LEVEL_METRICS as readonly string[]).includes(m);
