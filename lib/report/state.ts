import type { CsatEntry } from '../domain/csat';
import type { Deal } from '../domain/deal';
import type { Goal } from '../domain/goal';
import type { Observation } from '../domain/observation';
import type { PeriodRange } from '../domain/report';
import type { Settings } from '../domain/settings';
import { buildDealIndex, type DealIndex, type PeriodSlice } from '../kpi/data-index';
import { scopeFigures, type ScopeFigures } from '../kpi/compute';
import { normalizeOwner } from '../kpi/prepare';
import { addDaysIso } from '../periods/dates';
import { customPeriod, resolvePeriod } from '../periods/labels';
import { nextPeriod, previousPeriod } from '../periods/navigate';
import type { ScopeGoalResult } from './scope-goals';

export interface EngineData {
  deals: readonly Deal[];
  observations: readonly Observation[];
  goals: readonly Goal[];
  csat: readonly CsatEntry[];
  settings: Settings;
  /**
   * Optional aggregate from storage: normalized account → earliest won closeDate over ALL deals,
   * so callers may pass only the deals near the period and still get the customer KPIs right.
   */
  firstWonByAccount?: ReadonlyMap<string, string>;
}

/** Key of a scope: null = the team. */
export type ScopeKey = string | null;

/**
 * Everything one report needs, computed once: the deal index with its three period slices (P,
 * the previous period, the last 14 days), all filled in one O(N + M) pass, and per-scope figures
 * on demand (O(the scope's deals in those slices)). A report of the team and R reps therefore
 * costs O(N + M) plus O(N_P + N_prev) per pass over scopes, never a full scan per scope.
 */
export class ReportState {
  readonly index: DealIndex;
  readonly previous: PeriodRange;
  readonly next: PeriodRange;
  readonly cur: PeriodSlice;
  readonly prev: PeriodSlice;
  readonly recent: PeriodSlice;
  private readonly goalsByRange = new Map<string, Goal[]>();
  private readonly figures = new Map<string, ScopeFigures>();
  /** Each scope's goal results for P (lib/report/scope-goals.ts memoizes them here). */
  readonly goalResults = new Map<ScopeKey, ScopeGoalResult[]>();

  /** @param extraRanges more periods whose deals must be prepared (the SMART check's history) */
  constructor(readonly data: EngineData, readonly today: string, readonly period: PeriodRange, extraRanges: readonly PeriodRange[] = []) {
    this.previous = previousPeriod(period, data.settings);
    this.next = nextPeriod(period, data.settings);
    const recent = customPeriod(addDaysIso(today, -13), today);
    this.index = buildDealIndex(data, today, [period, this.previous, recent, ...extraRanges]);
    // The index fills one slice per range in its single pass over the deals.
    [this.cur, this.prev, this.recent] = this.index.slices as [PeriodSlice, PeriodSlice, PeriodSlice];
    for (const g of data.goals) {
      let range: PeriodRange;
      try {
        range = resolvePeriod(g.period, data.settings);
      } catch {
        continue; // a goal with an unreadable period shows in no report
      }
      const k = `${range.start}|${range.end}`;
      const list = this.goalsByRange.get(k);
      if (list) list.push(g);
      else this.goalsByRange.set(k, [g]);
    }
  }

  /** Unrounded figures of a scope for P (`which` = 'cur') or the previous period, memoized. */
  figuresOf(scope: ScopeKey, which: 'cur' | 'prev'): ScopeFigures {
    const k = `${which}|${scope === null ? '' : `r:${scope}`}`;
    let f = this.figures.get(k);
    if (!f) this.figures.set(k, (f = scopeFigures(this.index, which === 'cur' ? this.cur : this.prev, scope, which === 'cur')));
    return f;
  }

  /** The scope's goals whose period is the same date range as `range`. */
  goalsFor(scope: ScopeKey, range: Pick<PeriodRange, 'start' | 'end'>): Goal[] {
    const all = this.goalsByRange.get(`${range.start}|${range.end}`) ?? [];
    return all.filter((g) => (scope === null ? g.scope === 'team' : g.scope === 'rep' && normalizeOwner(g.owner) === scope));
  }

  /** Deals of the scope closing in the previous period (any status): the accumulating-baseline test. */
  previousDealCount(scope: ScopeKey): number {
    return scope === null ? this.prev.all.length : (this.prev.byOwner.get(scope)?.length ?? 0);
  }

  recentWins(scope: ScopeKey) {
    const list = scope === null ? this.recent.all : (this.recent.byOwner.get(scope) ?? []);
    return list.filter((d) => d.status === 'won');
  }
}
