import { fsum } from './numbers';
import type { PreparedDeal } from './prepare';

export interface OutcomeFigures {
  revenueWon: number;
  dealsWon: number;
  dealsLost: number;
  winRate: number | null;
  avgDealSize: number | null;
  /** Won deals with a convertible amount: the avgDealSize denominator and its sample size. */
  wonWithAmount: number;
}

/**
 * Won/lost figures over the scope's deals closing in P (kpi-definitions.md):
 * revenueWon = Σ won amounts (base); winRate = won / (won + lost), open deals excluded;
 * avgDealSize = revenueWon / won deals with a convertible amount.
 */
export function outcomeFigures(inPeriod: readonly PreparedDeal[]): OutcomeFigures {
  const amounts: number[] = [];
  let won = 0;
  let lost = 0;
  for (const d of inPeriod) {
    if (d.status === 'won') {
      won++;
      if (d.amountBase !== null) amounts.push(d.amountBase);
    } else if (d.status === 'lost') lost++;
  }
  const revenueWon = fsum(amounts);
  return {
    revenueWon,
    dealsWon: won,
    dealsLost: lost,
    winRate: won + lost === 0 ? null : won / (won + lost),
    avgDealSize: amounts.length === 0 ? null : revenueWon / amounts.length,
    wonWithAmount: amounts.length,
  };
}
