import type { CsatEntry } from '../domain/csat';
import type { Deal } from '../domain/deal';
import type { Observation } from '../domain/observation';
import type { PeriodRange } from '../domain/report';
import type { Settings } from '../domain/settings';
import { compareCodePoints } from './numbers';
import { firstWonByAccount } from './accounts';
import { resolveCsat, type ResolvedCsat } from './csat';
import { indexHistory, stageAgeDays } from './health';
import { newCustomerCredit } from './customers';
import { makePreparer, type PreparedDeal } from './prepare';

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
  /** Days in the current stage, for open deals whose history tells. */
  stageAge: Map<PreparedDeal, number | null>;
  csat: ResolvedCsat[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** O(N + M) for N deals and M observations (plus sorting each open deal's own history). */
export function buildDealIndex(data: KpiData, today: string): DealIndex {
  const prep = makePreparer(data.settings);
  const prepared = data.deals.map(prep);
  const openByOwner = new Map<string | null, PreparedDeal[]>();
  const missingCloseByOwner = new Map<string | null, number>();
  const open: PreparedDeal[] = [];
  const owners = new Set<string>();
  for (const d of prepared) {
    if (d.owner !== null) owners.add(d.owner);
    if (d.status === 'open') {
      open.push(d);
      push(openByOwner, d.owner, d);
    }
    if (d.closeDate === null) missingCloseByOwner.set(d.owner, (missingCloseByOwner.get(d.owner) ?? 0) + 1);
  }
  const history = indexHistory(data.observations ?? [], open);
  const stageAge = new Map<PreparedDeal, number | null>();
  for (const d of open) stageAge.set(d, stageAgeDays(d, history, today));
  return {
    today,
    settings: data.settings,
    prepared,
    owners: [...owners].sort(compareCodePoints),
    firstWon: firstWonByAccount(prepared, data.firstWonByAccount),
    openByOwner,
    missingCloseByOwner,
    stageAge,
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
