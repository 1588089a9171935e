import { ExactSum } from './numbers';
import type { PreparedDeal } from './prepare';

export interface PipelineFigures {
  openPipeline: number;
  weightedPipeline: number;
  /** Open, not slipped deals in P without an explicit probability or stage default. */
  missingProbability: number;
  /** Those deals themselves (for the early-stage rule and the forecast projection). */
  open: PreparedDeal[];
}

/**
 * Pipeline = open deals closing in P that are not slipped (closeDate ≥ today). weighted =
 * Σ amount × probability / 100; a deal with no probability (explicit or stage default) is left
 * out of the weighted sum and counted. A deal without a convertible amount adds nothing to
 * either sum (it is already counted in basis.missingAmount / missingRate).
 */
export function pipelineFigures(inPeriod: readonly PreparedDeal[], today: string): PipelineFigures {
  const amounts = new ExactSum();
  const weighted = new ExactSum();
  const open: PreparedDeal[] = [];
  let missingProbability = 0;
  for (let i = 0; i < inPeriod.length; i++) {
    const d = inPeriod[i]!;
    if (d.status !== 'open' || d.closeDate === null || d.closeDate < today) continue;
    open.push(d);
    if (d.probability === null) missingProbability++;
    if (d.amountBase === null) continue;
    amounts.add(d.amountBase);
    if (d.probability !== null) weighted.add((d.amountBase * d.probability) / 100);
  }
  return { openPipeline: amounts.value(), weightedPipeline: weighted.value(), missingProbability, open };
}
