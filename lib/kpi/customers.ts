import { compareCodePoints } from './numbers';
import type { PreparedDeal } from './prepare';

/**
 * For each account won in P: the owner of its earliest won deal in P (ties: the lower
 * `crm:sourceId` in code-point order). That rep is credited with the new customer; an ownerless
 * earliest deal credits nobody (the team still counts the customer).
 */
export function newCustomerCredit(teamInPeriod: readonly PreparedDeal[]): Map<string, string | null> {
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
  const out = new Map<string, string | null>();
  for (const [account, d] of first) out.set(account, d.owner);
  return out;
}

/**
 * newCustomers: accounts won in P with no won deal (any owner) closing before P's start;
 * for a rep, only those whose earliest won deal in P is the rep's.
 * repeatCustomers: accounts won in P (by the scope) that anyone won before P's start.
 * Won deals without an account or a closeDate count for neither.
 *
 * @param rep null for the team
 * @param firstWon normalized account → earliest won closeDate over all deals
 */
export function customerFigures(
  inPeriod: readonly PreparedDeal[],
  periodStart: string,
  firstWon: ReadonlyMap<string, string>,
  credit: ReadonlyMap<string, string | null>,
  rep: string | null,
): { newCustomers: number; repeatCustomers: number } {
  const fresh = new Set<string>();
  const repeat = new Set<string>();
  for (const d of inPeriod) {
    if (d.status !== 'won' || d.account === null || d.closeDate === null) continue;
    const earliest = firstWon.get(d.account) ?? d.closeDate;
    if (earliest < periodStart) repeat.add(d.account);
    else if (rep === null || credit.get(d.account) === rep) fresh.add(d.account);
  }
  return { newCustomers: fresh.size, repeatCustomers: repeat.size };
}
