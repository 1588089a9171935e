import { ExactSum } from './numbers';
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
  const sum = new ExactSum();
  let withAmount = 0;
  let won = 0;
  let lost = 0;
  for (let i = 0; i < inPeriod.length; i++) {
    const d = inPeriod[i]!;
    if (d.status === 'won') {
      won++;
      if (d.amountBase !== null) {
        sum.add(d.amountBase);
        withAmount++;
      }
    } else if (d.status === 'lost') lost++;
  }
  const revenueWon = sum.value();
  return {
    revenueWon,
    dealsWon: won,
    dealsLost: lost,
    winRate: won + lost === 0 ? null : won / (won + lost),
    avgDealSize: withAmount === 0 ? null : revenueWon / withAmount,
    wonWithAmount: withAmount,
  };
}
