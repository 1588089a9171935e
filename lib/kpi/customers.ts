import { compareCodePoints } from './numbers';
import type { PreparedDeal } from './prepare';

/**
 * For each account won in P: its earliest won deal in P (ties: the lower `crm:sourceId` in
 * code-point order), whose owner is credited with the new customer; an ownerless earliest deal
 * credits nobody (the team still counts the customer). The deal itself is returned, not a copy
 * of the owners into a second map of every account.
 */
export function newCustomerCredit(teamInPeriod: readonly PreparedDeal[]): Map<string, PreparedDeal> {
  const first = new Map<string, PreparedDeal>();
  for (const d of teamInPeriod) {
    if (d.status !== 'won' || d.account === null || d.closeDate === null) continue;
    const cur = first.get(d.account);
    if (
      cur === undefined ||
      d.closeDate < cur.closeDate! ||
      (d.closeDate === cur.closeDate && compareCodePoints(d.key, cur.key) < 0)
    ) {
      first.set(d.account, d);
    }
  }
  return first;
}

/**
 * newCustomers: accounts won in P with no won deal (any owner) closing before P's start;
 * for a rep, only those whose earliest won deal in P is the rep's.
 * repeatCustomers: accounts won in P (by the scope) that anyone won before P's start.
 * Won deals without an account or a closeDate count for neither.
 *
 * Each account has exactly one credited deal (its earliest won deal in P, `credit`), so counting
 * the credited deals in the scope's list counts each new customer once without a set of accounts;
 * only a rep's repeat customers need one (the rep's deals of an account need not include the
 * credited one).
 *
 * @param rep null for the team
 * @param firstWon normalized account → earliest won closeDate over all deals
 * @param credit newCustomerCredit over the team's deals in P (the same objects as `inPeriod`)
 */
export function customerFigures(
  inPeriod: readonly PreparedDeal[],
  periodStart: string,
  firstWon: ReadonlyMap<string, string>,
  credit: ReadonlyMap<string, PreparedDeal>,
  rep: string | null,
): { newCustomers: number; repeatCustomers: number } {
  let fresh = 0;
  let teamRepeat = 0;
  const repRepeat = rep === null ? null : new Set<string>();
  for (let i = 0; i < inPeriod.length; i++) {
    const d = inPeriod[i]!;
    if (d.status !== 'won') continue;
    const a = d.account;
    if (a === null || d.closeDate === null) continue;
    const credited = credit.get(a) === d;
    if ((firstWon.get(a) ?? d.closeDate) < periodStart) {
      if (repRepeat !== null) repRepeat.add(a);
      else if (credited) teamRepeat++;
    } else if (credited) fresh++;
  }
  return { newCustomers: fresh, repeatCustomers: repRepeat === null ? teamRepeat : repRepeat.size };
}
