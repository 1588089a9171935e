import type { Goal } from './goal';
import type { KpiKey, KpiValues } from './kpi';
import type { DealRef, GoalStatus, PeriodRange, ScopeReport } from './report';
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
  /** The same figures as display text, formatted by the background (see SidebarDisplay). */
  display: SidebarDisplay;
}

/** Change vs the previous period as shown: arrow direction, colour tone, the figure and a spoken sentence. */
export interface DeltaDisplay {
  dir: 'up' | 'down' | 'flat' | 'none';
  tone: 'good' | 'bad' | 'flat' | 'none';
  /** The visible figure ("+12.5%", "+3.0 pts"); for `none`, the "no comparison" text. */
  shown: string;
  /** For screen readers ("up 12.5% from $40,000"); empty for `none`. */
  spoken: string;
}

export interface KpiDisplay {
  /** Not `key`: Preact keeps `key` from a component's props. */
  kpi: KpiKey;
  label: string;
  value: string;
  /** "from 42 deals; 3 without amount; …", shown on hover and focus. */
  basis: string;
  /** Absent: no comparison is shown. */
  delta?: DeltaDisplay;
}

export interface GoalDisplay {
  id: string;
  metric: string;
  label: string;
  status: GoalStatus | null;
  /** Share of target reached and where pace says it should be (1 = 100 %), for the meter. */
  progress: number | null;
  pace: number | null;
  /** The meter's spoken value. */
  valueText: string;
  /** "$40,000 of $100,000". */
  figures: string;
  /** Projection, forecast projection, required per week, low sample. */
  notes: string[];
}

/** A deal named as evidence: page text (render as text) and its figures. */
export interface DealDisplay {
  key: string;
  name: string;
  /** Only http(s) URLs, else null (no link). */
  href: string | null;
  /** The link's accessible name ("Open … in the CRM"). */
  label: string;
  /** "$96,500 · Qualified to buy · closes Nov 20, 2026"; empty when none. */
  details: string;
}

export interface PointDisplay {
  id: string;
  rule: string;
  category: string;
  priority: number;
  text: string;
  question: string | null;
  /** The first three deals; `more` counts the rest. */
  deals: DealDisplay[];
  more: number;
}

export interface RecordDisplay {
  name: string;
  facts: { text: string; bad: boolean }[];
}

/**
 * What the sidebar shows, as text in the sidebar's language (numbers, money, percents and dates
 * in the user's locale and base currency). Formatted in the background so the CRM content scripts
 * carry no number formatting, KPI metadata or basis-text builders (issue #7: 25 KB gzip each).
 */
export interface SidebarDisplay {
  /** "2026-Q4 · Oct 1, 2026 – Dec 31, 2026". */
  periodRange: string;
  kpis: KpiDisplay[];
  goals: GoalDisplay[];
  /** The top three talking points by priority. */
  points: PointDisplay[];
  record: RecordDisplay | null;
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
