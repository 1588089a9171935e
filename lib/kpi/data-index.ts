import type { CsatEntry } from '../domain/csat';
import type { Deal } from '../domain/deal';
import type { Observation } from '../domain/observation';
import type { PeriodRange } from '../domain/report';
import type { Settings } from '../domain/settings';
import { compareCodePoints } from './numbers';
import { accountNormalizer } from './accounts';
import { resolveCsat, type ResolvedCsat } from './csat';
import { stalledDeals, type OpenDeal, type OpenDeals } from './health';
import { epochDay } from '../periods/dates';
import { newCustomerCredit } from './customers';
import { makePreparer, normalizeOwner, PreparedDeal } from './prepare';

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

/** The deals closing in one period, bucketed by owner. */
export interface PeriodSlice {
  range: PeriodRange;
  all: PreparedDeal[];
  byOwner: Map<string | null, PreparedDeal[]>;
  /** account → owner credited with the new customer in this period */
  credit: Map<string, string | null>;
}

/** Everything about the data that does not depend on the scope: built once per report. */
export interface DealIndex {
  today: string;
  settings: Settings;
  /** Deals closing in one of the ranges the index was built for (every dated deal without ranges). */
  prepared: PreparedDeal[];
  /** One slice per range the index was built for, in the same order, filled in the same pass. */
  slices: PeriodSlice[];
  /** Distinct owners, code-point order. */
  owners: string[];
  firstWon: Map<string, string>;
  missingCloseByOwner: Map<string | null, number>;
  /** As of today, per owner: open deals past their close date, with days overdue. */
  slippedByOwner: Map<string | null, DealDays[]>;
  /** As of today, per owner: open deals whose stage has run ≥ stalledAfterDays, with the days. */
  stalledByOwner: Map<string | null, DealDays[]>;
  csat: ResolvedCsat[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Position of the first open deal with `d`'s key (a linear scan: duplicates are rare). */
function firstOpenWithKey(list: readonly OpenDeal[], d: Deal): number {
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    const s = x instanceof PreparedDeal ? x.deal : x;
    if (s.crm === d.crm && s.sourceId === d.sourceId) return i;
  }
  return -1;
}

const emptySlice = (range: PeriodRange): PeriodSlice => ({ range, all: [], byOwner: new Map(), credit: new Map() });

/**
 * One pass over the N deals, then one over the M observations: O(N + M) hash probes, with
 * plain ISO-string comparisons for dates (no Date objects per deal).
 *
 * Only deals closing inside one of `ranges` (a report passes P, the previous period and the last
 * 14 days) are prepared (converted, normalized, allocated) and dropped into their slices right
 * away; slipped deals are prepared too, and the rest of the open pipeline only when its stage
 * history shows it stalled. Every other deal costs a few comparisons and at most two map probes
 * (owner, and the earliest won date of its account, keyed by the account as written so that
 * NFKC normalization runs once per distinct name, not per deal).
 */
export function buildDealIndex(data: KpiData, today: string, ranges?: readonly PeriodRange[]): DealIndex {
  const accountOf = accountNormalizer();
  const prep = makePreparer(data.settings, accountOf);
  const slices = (ranges ?? []).map(emptySlice);
  let lo = '\uffff';
  let hi = '';
  for (const s of slices) {
    if (s.range.start < lo) lo = s.range.start;
    if (s.range.end > hi) hi = s.range.end;
  }
  const everyDated = ranges === undefined;
  const todayDay = epochDay(today);
  const prepared: PreparedDeal[] = [];
  const ownerOf = new Map<string | null, string | null>();
  const owners = new Set<string>();
  const missingCloseByOwner = new Map<string | null, number>();
  const wonFirstAsWritten = new Map<string, string>();
  const slippedByOwner = new Map<string | null, DealDays[]>();
  const open: OpenDeals = { list: [], byKey: new Map(), duplicates: [] };
  let openCrm: string | undefined;
  let openIds: Map<string, number> | undefined;
  const deals = data.deals;
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i]!;
    let owner = ownerOf.get(d.owner);
    if (owner === undefined) {
      ownerOf.set(d.owner, (owner = normalizeOwner(d.owner)));
      if (owner !== null) owners.add(owner);
    }
    const close = d.closeDate;
    let p: PreparedDeal | undefined;
    if (close === null) missingCloseByOwner.set(owner, (missingCloseByOwner.get(owner) ?? 0) + 1);
    else {
      if (d.status === 'won' && d.account !== null) {
        const cur = wonFirstAsWritten.get(d.account);
        if (cur === undefined || close < cur) wonFirstAsWritten.set(d.account, close);
      }
      if (close >= lo && close <= hi) {
        for (let j = 0; j < slices.length; j++) {
          const s = slices[j]!;
          if (close < s.range.start || close > s.range.end) continue;
          p ??= prep(d, owner);
          s.all.push(p);
          push(s.byOwner, owner, p);
        }
      }
      if (everyDated) p = prep(d, owner);
      if (p !== undefined) prepared.push(p);
    }
    if (d.status !== 'open') continue;
    if (close !== null && close < today) {
      p ??= prep(d, owner);
      push(slippedByOwner, owner, { deal: p, days: todayDay - epochDay(close) });
    }
    if (d.crm !== openCrm) {
      openCrm = d.crm;
      openIds = open.byKey.get(openCrm);
      if (!openIds) open.byKey.set(openCrm, (openIds = new Map()));
    }
    // One probe per open deal: a key already present shows as an unchanged size (stored deals
    // are unique by key, so the repair below is for odd callers only).
    const size = openIds!.size;
    openIds!.set(d.sourceId, open.list.length);
    if (openIds!.size !== size) open.list.push(p ?? d);
    else {
      const twin = firstOpenWithKey(open.list, d);
      openIds!.set(d.sourceId, twin);
      open.duplicates.push({ deal: p ?? d, twin });
    }
  }
  for (const s of slices) s.credit = newCustomerCredit(s.all);
  const firstWon = new Map<string, string>(data.firstWonByAccount ?? []);
  // forEach, not for-of: no [key, value] pair allocated per entry.
  wonFirstAsWritten.forEach((close, written) => {
    const a = accountOf(written);
    if (a === null) return;
    const cur = firstWon.get(a);
    if (cur === undefined || close < cur) firstWon.set(a, close);
  });
  // Stalled is "as of today", the same for every period: judged once per deal here.
  const stalledByOwner = new Map<string | null, DealDays[]>();
  for (const s of stalledDeals(data.observations ?? [], open, today, data.settings.stalledAfterDays, (d) => prep(d))) push(stalledByOwner, s.deal.owner, s);
  return {
    today,
    settings: data.settings,
    prepared,
    slices,
    owners: [...owners].sort(compareCodePoints),
    firstWon,
    missingCloseByOwner,
    slippedByOwner,
    stalledByOwner,
    csat: resolveCsat(data.csat ?? [], data.settings),
  };
}

/** The deals closing in one period, bucketed by owner: O(prepared deals). */
export function slicePeriod(index: DealIndex, range: PeriodRange): PeriodSlice {
  const s = emptySlice(range);
  for (const d of index.prepared) {
    const c = d.closeDate;
    if (c === null || c < range.start || c > range.end) continue;
    s.all.push(d);
    push(s.byOwner, d.owner, d);
  }
  s.credit = newCustomerCredit(s.all);
  return s;
}
