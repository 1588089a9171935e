import type { KpiBasis } from '../domain/kpi';
import { ExactSum, median } from './numbers';
import type { SliceBasis } from './period-slice';
import type { PreparedDeal } from './prepare';

/** What one pass over a scope's deals closing in P yields (kpi-definitions.md), unrounded. */
export interface PeriodFigures {
  revenueWon: number;
  dealsWon: number;
  dealsLost: number;
  winRate: number | null;
  avgDealSize: number | null;
  /** Won deals with a convertible amount: the avgDealSize denominator and its sample size. */
  wonWithAmount: number;
  newCustomers: number;
  repeatCustomers: number;
  salesCycleDays: number | null;
  openPipeline: number;
  weightedPipeline: number;
  /** Open, not slipped deals in P (for the early-stage rule and the forecast projection). */
  open: PreparedDeal[];
  basis: KpiBasis;
}

/**
 * Every per-deal figure of a scope for P in ONE loop over its deals (was five: outcome,
 * customers, pipeline, cycle, basis — each fetching every deal again). Each sum still adds in
 * deal order, so results are bit-identical to separate loops.
 *
 * - revenueWon = Σ won amounts (base); winRate = won / (won + lost), open deals excluded;
 *   avgDealSize = revenueWon / won deals with a convertible amount.
 * - newCustomers: accounts won in P with no won deal (any owner) closing before P's start; for a
 *   rep, only those whose earliest won deal in P is the rep's (`credit`). repeatCustomers: accounts
 *   won in P (by the scope) that anyone won before P's start. Each account has exactly one credited
 *   deal, so counting credited deals counts each customer once; only a rep's repeat customers need
 *   a set (the rep's deals of an account need not include the credited one). Won deals without an
 *   account or a closeDate count for neither.
 * - salesCycleDays: median of won deals' cycleDays (created → closed; median: cycles are skewed).
 * - Pipeline = open deals in P not slipped (closeDate ≥ today); weighted = Σ amount × probability
 *   / 100; a deal without probability is left out of weighted and counted in missingProbability;
 *   one without a convertible amount adds to neither sum (counted in missingAmount / missingRate).
 * - basis: `deals` = the scope's deals in P; missingAmount / missingRate among those and
 *   oldestSeen (the earliest lastSeenAt, compared as instants, returned as stored) are given
 *   (`sliceBasis`, counted as the index filled the slice), as is missingCloseDate (over all the
 *   scope's deals).
 *
 * @param rep null for the team
 * @param firstWon normalized account → earliest won closeDate over all deals
 * @param credit newCustomerCredit over the team's deals in P (the same objects as `inPeriod`)
 */
export function periodFigures(
  inPeriod: readonly PreparedDeal[],
  o: {
    periodStart: string;
    today: string;
    firstWon: ReadonlyMap<string, string>;
    credit: ReadonlyMap<string, PreparedDeal>;
    rep: string | null;
    missingCloseDate: number;
    sliceBasis: SliceBasis | undefined;
  },
): PeriodFigures {
  const { periodStart, today, firstWon, credit } = o;
  const revenue = new ExactSum();
  const amounts = new ExactSum();
  const weighted = new ExactSum();
  const open: PreparedDeal[] = [];
  // Filled in place (at most one value per deal), so no array grows push by push.
  const cycles = new Float64Array(inPeriod.length);
  let nCycles = 0;
  let withAmount = 0;
  let won = 0;
  let lost = 0;
  let fresh = 0;
  let teamRepeat = 0;
  const repRepeat = o.rep === null ? null : new Set<string>();
  let missingProbability = 0;
  for (let i = 0; i < inPeriod.length; i++) {
    const d = inPeriod[i]!;
    const st = d.status;
    const close = d.closeDate;
    if (st === 'won') {
      won++;
      if (d.amountBase !== null) {
        revenue.add(d.amountBase);
        withAmount++;
      }
      const c = d.cycleDays; // computed once per deal when prepared
      if (c !== null) cycles[nCycles++] = c;
      const a = d.account;
      if (a !== null && close !== null) {
        const credited = credit.get(a) === d;
        if ((firstWon.get(a) ?? close) < periodStart) {
          if (repRepeat !== null) repRepeat.add(a);
          else if (credited) teamRepeat++;
        } else if (credited) fresh++;
      }
    } else if (st === 'lost') lost++;
    else if (st === 'open' && close !== null && close >= today) {
      open.push(d);
      if (d.probability === null) missingProbability++;
      if (d.amountBase !== null) {
        amounts.add(d.amountBase);
        if (d.probability !== null) weighted.add((d.amountBase * d.probability) / 100);
      }
    }
  }
  const b = o.sliceBasis;
  const revenueWon = revenue.value();
  return {
    revenueWon,
    dealsWon: won,
    dealsLost: lost,
    winRate: won + lost === 0 ? null : won / (won + lost),
    avgDealSize: withAmount === 0 ? null : revenueWon / withAmount,
    wonWithAmount: withAmount,
    newCustomers: fresh,
    repeatCustomers: repRepeat === null ? teamRepeat : repRepeat.size,
    salesCycleDays: median(cycles.subarray(0, nCycles)),
    openPipeline: amounts.value(),
    weightedPipeline: weighted.value(),
    open,
    basis: {
      deals: inPeriod.length,
      missingAmount: b?.missingAmount ?? 0,
      missingRate: b?.missingRate ?? 0,
      missingCloseDate: o.missingCloseDate,
      missingProbability,
      oldestSeen: b?.oldestSeen ?? null,
    },
  };
}
