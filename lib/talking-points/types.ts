import type { Goal } from '../domain/goal';
import type { KpiValues } from '../domain/kpi';
import type { GoalResult, PeriodRange, TalkingPointCategory } from '../domain/report';
import type { ScopeDetail } from '../kpi/compute';
import type { PreparedDeal } from '../kpi/prepare';

/** How a message parameter is shown; the raw value goes to `params` / evidence unchanged. */
export type ParamKind = 'money' | 'percent' | 'points' | 'number' | 'count' | 'days' | 'text' | 'date' | 'metric' | 'status' | 'ratio';
export interface Param {
  kind: ParamKind;
  value: string | number | null;
}

/** A deal named by a point, with the rule's day figure (overdue, in stage…). */
export interface RuleDeal {
  readonly deal: PreparedDeal;
  readonly days?: number | null;
  /** When present, the deal's amountBase: ranking reads it without preparing a lazy deal (SlippedDeal). */
  readonly amountBase?: number | null;
}

/** What a rule returns; generate.ts localizes it into a TalkingPoint. */
export interface PointDraft {
  /** What the point is about within the rule (goal id, `deals`…): part of the stable id. */
  subject: string;
  category: TalkingPointCategory;
  priority: number;
  message: { key: string; params: Record<string, Param> };
  question: { key: string; params?: Record<string, Param> } | null;
  /** Deals the message lists as `{deals}`, each formatted with `itemKey`. */
  list?: { itemKey: string; deals: readonly RuleDeal[] };
  /** All evidence deals (defaults to the listed ones). */
  deals?: readonly RuleDeal[];
  values: Record<string, string | number | null>;
}

/** A rep's figures that scope-comparing rules need (below-team, rank). */
export interface PeerStat {
  owner: string;
  dealsWon: number;
  dealsLost: number;
  revenueWon: number;
  previousRevenueWon: number;
  /** progress of the rep's revenueWon goal for P; null without one or without a numeric progress. */
  revenueGoalProgress: number | null;
}

export interface RuleContext {
  scope: 'team' | 'rep';
  owner: string | null;
  today: string;
  period: PeriodRange;
  previousPeriod: PeriodRange;
  nextPeriod: PeriodRange;
  currency: string;
  stalledAfterDays: number;
  /** Unrounded figures. */
  kpis: KpiValues;
  previous: KpiValues;
  detail: ScopeDetail;
  /** Won deals of the scope with closeDate in [today − 13, today] (any period). */
  recentWins: readonly PreparedDeal[];
  goals: readonly { goal: Goal; result: GoalResult }[];
  /** Every rep of the team (the scope included), for the comparing rules. */
  peers: readonly PeerStat[];
  hasNextPeriodGoal: boolean;
  /** revenueWon / elapsed share of P; null before P starts. */
  revenueRunRate: number | null;
}

export interface Rule {
  id: string;
  category: TalkingPointCategory;
  evaluate(ctx: RuleContext): PointDraft[];
}

export const param = {
  money: (value: number | null): Param => ({ kind: 'money', value }),
  percent: (value: number | null): Param => ({ kind: 'percent', value }),
  points: (value: number | null): Param => ({ kind: 'points', value }),
  number: (value: number | null): Param => ({ kind: 'number', value }),
  count: (value: number): Param => ({ kind: 'count', value }),
  days: (value: number | null): Param => ({ kind: 'days', value }),
  text: (value: string | null): Param => ({ kind: 'text', value }),
  date: (value: string | null): Param => ({ kind: 'date', value }),
  metric: (value: string): Param => ({ kind: 'metric', value }),
  status: (value: string | null): Param => ({ kind: 'status', value }),
  ratio: (value: number | null): Param => ({ kind: 'ratio', value }),
};
