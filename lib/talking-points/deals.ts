import type { DealRef } from '../domain/report';
import { compareCodePoints, round2 } from '../kpi/numbers';
import type { RuleDeal } from './types';

/** Largest first by base amount (unconvertible last), then by key: deterministic. */
export function byAmountDesc(a: RuleDeal, b: RuleDeal): number {
  const x = a.deal.amountBase;
  const y = b.deal.amountBase;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  }
  return compareCodePoints(a.deal.key, b.deal.key);
}

export function largest(deals: readonly RuleDeal[], n: number): RuleDeal[] {
  return [...deals].sort(byAmountDesc).slice(0, n);
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
