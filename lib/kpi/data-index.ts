import type { CsatEntry } from '../domain/csat';
import type { Deal } from '../domain/deal';
import type { Observation } from '../domain/observation';
import type { PeriodRange } from '../domain/report';
import type { Settings } from '../domain/settings';
import { compareCodePoints } from './numbers';
import { accountOrNull } from './accounts';
import { resolveCsat, type ResolvedCsat } from './csat';
import { stalledDeals, type OpenDeals } from './health';
import { epochDay } from '../periods/dates';
import { KeyIndex } from './key-index';
import { PeriodSlice } from './period-slice';
import { makePreparer, normalizeOwner, type PreparedDeal } from './prepare';
import { SlippedDeal } from './slipped-deal';

export { PeriodSlice } from './period-slice';

export interface DealDays {
  readonly deal: PreparedDeal;
  readonly days: number;
  /** When present, the deal's amountBase, readable without preparing it (see SlippedDeal). */
  readonly amountBase?: number | null;
}

export interface KpiData {
  deals: readonly Deal[];
  observations?: readonly Observation[];
  csat?: readonly CsatEntry[];
  settings: Settings;
  /**
   * The database's aggregate: normalized account → earliest won closeDate over every stored deal.
   * When given, it covers every won deal of `deals` (they come from the same store), so an index
   * built for ranges leaves the account of a won deal outside them unread (see buildDealIndex).
   */
  firstWonByAccount?: ReadonlyMap<string, string>;
}

/** Everything about the data that does not depend on the scope: built once per report. */
export interface DealIndex {
  today: string;
  settings: Settings;
  /**
   * Built without ranges: every dated deal, for slicePeriod. Built for ranges: empty (each deal
   * is already in its slices, and slicePeriod reuses those), so no list of ~N_P + N_prev entries
   * is kept for nothing.
   */
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

const emptySlice = (range: PeriodRange): PeriodSlice => new PeriodSlice(range);

/**
 * One pass over the N deals, then one over the M observations: O(N + M) hash probes, with
 * plain ISO-string comparisons for dates (no Date objects per deal).
 *
 * Only deals closing inside one of `ranges` (a report passes P, the previous period and the last
 * 14 days) are prepared (converted, normalized, allocated) and dropped into their slices right
 * away; slipped deals outside them only when a talking point names them (SlippedDeal: the count
 * and the ranking by amount need no preparation), and the rest of the open pipeline only when its
 * stage history shows it stalled. Every other deal costs a few comparisons and at most two probes: its
 * owner (a small Map), and for a won deal the earliest won date of its account (a Map of the
 * distinct accounts), for an open one its id (a KeyIndex, allocation-free). Won accounts are keyed
 * as written, so NFKC normalization runs once per distinct name, not per deal; only won deals
 * read their account.
 */
export function buildDealIndex(data: KpiData, today: string, ranges?: readonly PeriodRange[]): DealIndex {
  const prep = makePreparer(data.settings);
  const slices = (ranges ?? []).map(emptySlice);
  let lo = '\uffff';
  let hi = '';
  for (const s of slices) {
    if (s.range.start < lo) lo = s.range.start;
    if (s.range.end > hi) hi = s.range.end;
  }
  const everyDated = ranges === undefined;
  // With the aggregate, a won deal outside the ranges adds nothing to the earliest won dates: its
  // account (a string of its own per deal, a hash and a probe) is not read. On 100k deals that
  // probe was a third of this pass (npm run bench, engine).
  const aggregated = data.firstWonByAccount !== undefined && !everyDated;
  const todayDay = epochDay(today);
  const prepared: PreparedDeal[] = [];
  const ownerOf = new Map<string | null, string | null>();
  const owners = new Set<string>();
  const missingCloseByOwner = new Map<string | null, number>();
  // Account as written → its position in the parallel arrays (earliest won close, normalized
  // name): one probe per won deal. A Map, not a KeyIndex: it stays small (distinct accounts) and
  // uses the hash V8 keeps in each string, where a KeyIndex re-hashes every character of every
  // won deal's account (measured: the Map costs ~30 % less on this probe).
  const wonAccounts = new Map<string, number>();
  const wonNames: string[] = [];
  const wonFirst: string[] = [];
  const wonNorm: (string | null | undefined)[] = [];
  const slippedByOwner = new Map<string | null, DealDays[]>();
  const open: OpenDeals = { list: [], ids: [], byKey: new Map(), duplicates: [] };
  let openCrm: string | undefined;
  let openIds: KeyIndex | undefined;
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
    // A won deal's normalized account, once known (else the preparer's own cache).
    let acct: string | null | undefined;
    if (close === null) missingCloseByOwner.set(owner, (missingCloseByOwner.get(owner) ?? 0) + 1);
    else {
      if (d.status === 'won' && !(aggregated && (close < lo || close > hi))) {
        if (d.account === null) acct = null;
        else {
          let at = wonAccounts.get(d.account);
          if (at === undefined) {
            wonAccounts.set(d.account, (at = wonFirst.length));
            wonNames.push(d.account);
            wonFirst.push(close);
            wonNorm.push(undefined);
          } else if (close < wonFirst[at]!) wonFirst[at] = close;
          // Normalized once per distinct name, and only for won deals some slice holds.
          if (everyDated || (close >= lo && close <= hi)) acct = wonNorm[at] ??= accountOrNull(d.account);
        }
      }
      if (close >= lo && close <= hi) {
        for (let j = 0; j < slices.length; j++) {
          const s = slices[j]!;
          if (close < s.range.start || close > s.range.end) continue;
          s.add((p ??= prep(d, owner, acct)), owner);
        }
      }
      if (everyDated) prepared.push((p = prep(d, owner, acct)));
    }
    if (d.status !== 'open') continue;
    if (close !== null && close < today) {
      push(slippedByOwner, owner, new SlippedDeal(d, owner, p === undefined ? prep.amountOf(d) : p.amountBase, todayDay - epochDay(close), p ?? prep));
    }
    if (d.crm !== openCrm) {
      openCrm = d.crm;
      openIds = open.byKey.get(openCrm);
      // Sized for a quarter of the deals still to come being open (a typical pipeline; the
      // bench's is 18 %): no growth then, one table instead of a chain of ~10 (each rehashed).
      if (!openIds) open.byKey.set(openCrm, (openIds = new KeyIndex((deals.length - i) >> 2, open.ids)));
    }
    // One probe per open deal (O(1) expected): a position past the old size is a new key, and
    // it is the deal's place in `open.list`. Stored deals are unique by key, so `duplicates` is
    // for odd callers only.
    const pos = openIds!.add(d.sourceId);
    if (pos === open.list.length) open.list.push(p ?? d);
    else open.duplicates.push({ deal: p ?? d, twin: pos });
  }
  const firstWon = new Map<string, string>(data.firstWonByAccount ?? []);
  for (let i = 0; i < wonFirst.length; i++) {
    const a = wonNorm[i] ?? accountOrNull(wonNames[i]!);
    if (a === null) continue;
    const cur = firstWon.get(a);
    if (cur === undefined || wonFirst[i]! < cur) firstWon.set(a, wonFirst[i]!);
  }
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

/**
 * The deals closing in one period, bucketed by owner: the index's own slice when it was built
 * for the same dates (O(ranges)), else O(prepared deals) for an index built without ranges.
 * @throws RangeError for an index built for other ranges only (it did not keep their deals)
 */
export function slicePeriod(index: DealIndex, range: PeriodRange): PeriodSlice {
  for (const built of index.slices) if (built.range.start === range.start && built.range.end === range.end) return built;
  if (index.slices.length > 0) throw new RangeError(`deal index not built for ${range.start}..${range.end}`);
  const s = emptySlice(range);
  for (const d of index.prepared) {
    const c = d.closeDate;
    if (c === null || c < range.start || c > range.end) continue;
    s.add(d, d.owner);
  }
  return s;
}
