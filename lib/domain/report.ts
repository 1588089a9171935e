import { z } from 'zod';
import { goalMetricSchema } from './goal';
import { kpiBasisSchema, kpiValuesSchema } from './kpi';
import { isoDate } from './primitives';
import { periodKindSchema } from './snapshot';

/**
 * What the engines produce: the shape of `npm run report --format json` (interfaces.md §3),
 * which the popup and sidebar also receive from the background.
 */
export const periodRangeSchema = z.object({ label: z.string(), kind: periodKindSchema, start: isoDate, end: isoDate });
export type PeriodRange = z.infer<typeof periodRangeSchema>;

export const goalStatusSchema = z.enum(['achieved', 'ahead', 'on-track', 'at-risk', 'behind', 'baseline-unknown']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

const num = z.number().finite();
export const goalResultSchema = z.object({
  id: z.string(),
  metric: goalMetricSchema,
  target: num.nullable(),
  actual: num.nullable(),
  progress: num.nullable(),
  expected: num.nullable(),
  paceRatio: num.nullable(),
  status: goalStatusSchema.nullable(),
  runRateProjection: num.nullable(),
  forecastProjection: num.nullable(),
  requiredPerWeek: num.nullable(),
  /** Level goals only. */
  lowSample: z.boolean().optional(),
  /** For the UIs: the goal's own fields, so a goal row needs no second lookup. */
  parentId: z.string().nullable().optional(),
  /** Share of the period elapsed today (0–1), where the pace marker sits on a progress bar. */
  elapsed: num.nullable().optional(),
});
export type GoalResult = z.infer<typeof goalResultSchema>;

export const talkingPointCategorySchema = z.enum(['progress', 'challenge', 'improvement', 'recognition', 'goal', 'competition']);
export type TalkingPointCategory = z.infer<typeof talkingPointCategorySchema>;

/** A deal named as evidence: enough to show and link it without another lookup. */
export const dealRefSchema = z.object({
  key: z.string(),
  name: z.string(),
  url: z.string().nullable(),
  amount: num.nullable(),
  /** In the base currency, when convertible. */
  amountBase: num.nullable(),
  currency: z.string().nullable(),
  closeDate: z.string().nullable(),
  stage: z.string().nullable(),
  /** Rule-specific: days overdue (slipped), days in stage (stalled)… */
  days: num.nullable().optional(),
});
export type DealRef = z.infer<typeof dealRefSchema>;

export const talkingPointSchema = z.object({
  rule: z.string(),
  /** Stable id (rule + scope + subject) so a manager's tick survives recomputation. */
  id: z.string(),
  category: talkingPointCategorySchema,
  priority: z.number().int().min(1),
  /** Localized message built from `params` (never page text as markup). */
  text: z.string(),
  question: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), num, z.null()])),
  evidence: z.object({
    deals: z.array(z.string()),
    values: z.record(z.string(), z.union([z.string(), num, z.null()])),
    dealRefs: z.array(dealRefSchema).optional(),
  }),
});
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

export const scopeReportSchema = z.object({
  scope: z.enum(['team', 'rep']),
  owner: z.string().nullable(),
  kpis: kpiValuesSchema,
  previous: kpiValuesSchema,
  basis: kpiBasisSchema,
  goals: z.array(goalResultSchema),
  talkingPoints: z.array(talkingPointSchema),
});
export type ScopeReport = z.infer<typeof scopeReportSchema>;

export const reportSchema = z.object({
  today: isoDate,
  period: periodRangeSchema,
  previousPeriod: periodRangeSchema,
  currency: z.string(),
  scopes: z.array(scopeReportSchema),
});
export type Report = z.infer<typeof reportSchema>;
