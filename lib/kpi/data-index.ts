import type { CsatEntry } from '../domain/csat';
import type { Deal } from '../domain/deal';
import type { Observation } from '../domain/observation';
import type { PeriodRange } from '../domain/report';
import type { Settings } from '../domain/settings';
import { compareCodePoints } from './numbers';
import { accountNormalizer } from './accounts';
import { resolveCsat, type ResolvedCsat } from './csat';
import { indexHistory, isStalled, stageAgeDays } from './health';
import { epochDay } from '../periods/dates';
import { newCustomerCredit } from './customers';
import { makePreparer, normalizeOwner, type PreparedDeal } from './prepare';

export interface DealDays {
  deal: PreparedDeal;
  days: number;
}

export interface KpiData {
  deals: readonly Deal[];
  observations?: readonly Observation[];
  csat?: readonly CsatEntry[];
  settings: Settings;
  firstWonByAccount?: ReadonlyMap<string, string>;
}

/** Everything about the data that does not depend on the period: built once per report. */
export interface DealIndex {
  today: string;
  settings: Settings;
  prepared: PreparedDeal[];
  /** Distinct owners, code-point order. */
  owners: string[];
  firstWon: Map<string, string>;
  /** Open deals (any close date) per owner; key null = ownerless. */
  openByOwner: Map<string | null, PreparedDeal[]>;
  missingCloseByOwner: Map<string | null, number>;
  /** As of today, per owner: open deals past their close date, with days overdue. */
  slippedByOwner: Map<string | null, DealDays[]>;
  /** As of today, per owner: open deals whose stage has run ≥ stalledAfterDays, with the days. */
  stalledByOwner: Map<string | null, DealDays[]>;
  csat: ResolvedCsat[];
}

/** A plain loop: no closure allocated per deal (100k deals per report). */
function inRanges(date: string, ranges: readonly { start: string; end: string }[]): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (date >= r.start && date <= r.end) return true;
  }
  return false;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * O(N + M) for N deals and M observations (plus ordering each open deal's own history).
 *
 * With `ranges`, only open deals and deals closing inside one of the ranges are prepared
 * (converted, normalized, allocated); the others only feed the owner list, the earliest-won
 * aggregate and the missing-close-date counts. A report passes P, the previous period and the
 * last 14 days, so most of a long history costs a few comparisons per deal.
 */
export function buildDealIndex(data: KpiData, today: string, ranges?: readonly { start: string; end: string }[]): DealIndex {
  const accountOf = accountNormalizer();
  const prep = makePreparer(data.settings, accountOf);
  const prepared: PreparedDeal[] = [];
  const openByOwner = new Map<string | null, PreparedDeal[]>();
  const missingCloseByOwner = new Map<string | null, number>();
  const open: PreparedDeal[] = [];
  const owners = new Set<string>();
  const firstWon = new Map<string, string>(data.firstWonByAccount ?? []);
  for (const d of data.deals) {
    const owner = normalizeOwner(d.owner);
    if (owner !== null) owners.add(owner);
    const close = d.closeDate;
    if (close === null) missingCloseByOwner.set(owner, (missingCloseByOwner.get(owner) ?? 0) + 1);
    else if (d.status === 'won' && d.account !== null) {
      const a = accountOf(d.account);
      if (a !== null) {
        const cur = firstWon.get(a);
        if (cur === undefined || close < cur) firstWon.set(a, close);
      }
    }
    if (d.status !== 'open' && (close === null || (ranges !== undefined && !inRanges(close, ranges)))) continue;
    const p = prep(d);
    prepared.push(p);
    if (d.status === 'open') {
      open.push(p);
      push(openByOwner, owner, p);
    }
  }
  // Slipped and stalled are "as of today", the same for every period: judged once per deal here.
  const history = indexHistory(data.observations ?? [], open);
  const slippedByOwner = new Map<string | null, DealDays[]>();
  const stalledByOwner = new Map<string | null, DealDays[]>();
  const todayDay = epochDay(today);
  for (const d of open) {
    if (d.closeDate !== null && d.closeDate < today) push(slippedByOwner, d.owner, { deal: d, days: todayDay - epochDay(d.closeDate) });
    const age = stageAgeDays(d, history, today);
    if (isStalled(age, data.settings.stalledAfterDays)) push(stalledByOwner, d.owner, { deal: d, days: age! });
  }
  return {
    today,
    settings: data.settings,
    prepared,
    owners: [...owners].sort(compareCodePoints),
    firstWon,
    openByOwner,
    missingCloseByOwner,
    slippedByOwner,
    stalledByOwner,
    csat: resolveCsat(data.csat ?? [], data.settings),
  };
}

/** The deals closing in one period, bucketed by owner in one pass: O(N). */
export interface PeriodSlice {
  range: PeriodRange;
  all: PreparedDeal[];
  byOwner: Map<string | null, PreparedDeal[]>;
  /** account → owner credited with the new customer in this period */
  credit: Map<string, string | null>;
}

export function slicePeriod(index: DealIndex, range: PeriodRange): PeriodSlice {
  const all: PreparedDeal[] = [];
  const byOwner = new Map<string | null, PreparedDeal[]>();
  for (const d of index.prepared) {
    const c = d.closeDate;
    if (c === null || c < range.start || c > range.end) continue;
    all.push(d);
    push(byOwner, d.owner, d);
  }
  return { range, all, byOwner, credit: newCustomerCredit(all) };
}
