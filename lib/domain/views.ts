import type { Goal } from './goal';
import type { KpiValues } from './kpi';
import type { DealRef, PeriodRange, ScopeReport } from './report';
import type { Language, Settings } from './settings';
import type { Snapshot } from './snapshot';

/**
 * What the background sends the UIs. The background runs the engines (the content script stays
 * small and zod-free); the UIs only format and lay out.
 */

export type PeriodKindChoice = 'month' | 'quarter' | 'year';

/** The deal of a record page, in context (issue #7). */
export interface RecordContext {
  deal: DealRef;
  owner: string | null;
  status: 'open' | 'won' | 'lost';
  /** Positive: days until close; negative: days overdue. Null without a close date. */
  daysToClose: number | null;
  /** Days since the current stage was first observed; null when unknown. */
  stageAgeDays: number | null;
  /** amount (base) ÷ owner's average won deal size over the last 4 quarters; null when unknown. */
  sizeVsAverage: number | null;
}

export interface SidebarView {
  today: string;
  /** The UI language resolved by the background (settings override, else the browser's). */
  lang: Language;
  me: string | null;
  /** Owners seen, for the "who are you?" picker when `me` is unset. */
  owners: string[];
  currency: string;
  period: PeriodRange;
  previousPeriod: PeriodRange;
  /** The scope shown: `me` when set and seen, else the team. */
  report: ScopeReport;
  /** All goals of the scope for the period (unformatted), for labels. */
  goals: Goal[];
  record: RecordContext | null;
  totalDeals: number;
}

export interface TeamRow {
  owner: string;
  revenueWon: number;
  previousRevenueWon: number;
  /** Fractional change vs the previous period; null when previous was 0. */
  revenueChange: number | null;
  winRate: number | null;
  /** progress of the rep's revenueWon goal (1 = 100 %), null without one. */
  percentOfGoal: number | null;
  goalStatus: string | null;
  rankByGoal: number | null;
  rankByImprovement: number | null;
}

export interface TeamView {
  today: string;
  currency: string;
  period: PeriodRange;
  previousPeriod: PeriodRange;
  team: ScopeReport;
  rows: TeamRow[];
  owners: string[];
  totalDeals: number;
}

export interface AgendaItem {
  /** Talking-point id, or `own:<uuid>` for a manager's own point. */
  id: string;
  text: string;
  category: string;
  done: boolean;
  /** Period label of the one-on-one where this point first appeared (carry-forward). */
  since: string;
}

export interface AgendaState {
  owner: string;
  period: string;
  items: AgendaItem[];
  notes: string;
  updatedAt: string | null;
}

export interface RepView {
  today: string;
  currency: string;
  period: PeriodRange;
  previousPeriod: PeriodRange;
  lastYearPeriod: PeriodRange;
  report: ScopeReport;
  lastYear: KpiValues;
  warnings: { slipped: DealRef[]; stalled: DealRef[]; earlyStage: DealRef[] };
  /** Snapshots of this scope (oldest first) for small trend charts. */
  trend: Snapshot[];
  agenda: AgendaState;
  /** Unticked items from earlier one-on-ones with this rep. */
  carriedForward: AgendaItem[];
  settings: Pick<Settings, 'csatScale'>;
}
