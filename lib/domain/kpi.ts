import { z } from 'zod';

/** The KPI keys of kpi-definitions.md, in report order. */
export const KPI_KEYS = [
  'revenueWon', 'dealsWon', 'dealsLost', 'winRate', 'avgDealSize', 'newCustomers', 'repeatCustomers',
  'salesCycleDays', 'openPipeline', 'weightedPipeline', 'forecast', 'slippedDeals', 'stalledDeals', 'csat',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

const n = z.number().finite();
/** One scope's figures for one period. Sums/counts are numbers; undefined ratios are null. */
export const kpiValuesSchema = z.object({
  revenueWon: n,
  dealsWon: n,
  dealsLost: n,
  winRate: n.nullable(),
  avgDealSize: n.nullable(),
  newCustomers: n,
  repeatCustomers: n,
  salesCycleDays: n.nullable(),
  openPipeline: n,
  weightedPipeline: n,
  forecast: n,
  /** As of today: null in a previous period's figures. */
  slippedDeals: n.nullable(),
  stalledDeals: n.nullable(),
  csat: n.nullable(),
});
export type KpiValues = z.infer<typeof kpiValuesSchema>;

/** How complete a scope's figures are (kpi-definitions.md "basis"). */
export const kpiBasisSchema = z.object({
  deals: n,
  missingAmount: n,
  missingRate: n,
  missingCloseDate: n,
  missingProbability: n,
  oldestSeen: z.string().nullable(),
});
export type KpiBasis = z.infer<typeof kpiBasisSchema>;
