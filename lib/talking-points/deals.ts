import type { DealRef } from '../domain/report';
import { compareCodePoints, round2 } from '../kpi/numbers';
import type { RuleDeal } from './types';

const amountOf = (r: RuleDeal): number | null => (r.amountBase === undefined ? r.deal.amountBase : r.amountBase);

/** Largest first by base amount (unconvertible last), then by key: deterministic. */
export function byAmountDesc(a: RuleDeal, b: RuleDeal): number {
  const x = amountOf(a);
  const y = amountOf(b);
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  }
  return compareCodePoints(a.deal.key, b.deal.key);
}

/** The deals a point names as evidence at most (the point's values carry the full count). */
export const EVIDENCE_MAX = 10;

/**
 * The n largest, in order: a bounded insertion, O(deals × n), so a scope with tens of thousands
 * of slipped deals costs one pass, not a full sort.
 */
export function largest(deals: readonly RuleDeal[], n: number): RuleDeal[] {
  const top: RuleDeal[] = [];
  for (let j = 0; j < deals.length; j++) {
    const d = deals[j]!;
    if (top.length === n && byAmountDesc(d, top[n - 1]!) >= 0) continue;
    let i = top.length < n ? top.length : n - 1;
    while (i > 0 && byAmountDesc(d, top[i - 1]!) < 0) i--;
    top.splice(i, 0, d);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Evidence for the UIs: enough to show and link a deal without another lookup. */
export function dealRef(r: RuleDeal): DealRef {
  const d = r.deal.deal;
  return {
    key: r.deal.key,
    name: d.name,
    url: d.url,
    amount: d.amount,
    amountBase: r.deal.amountBase === null ? null : round2(r.deal.amountBase),
    currency: d.currency,
    closeDate: d.closeDate,
    stage: d.stage,
    ...(r.days === undefined ? {} : { days: r.days }),
  };
}
