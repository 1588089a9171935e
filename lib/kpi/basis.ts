import type { KpiBasis } from '../domain/kpi';
import type { PreparedDeal } from './prepare';

/**
 * How complete a scope's figures are (kpi-definitions.md "basis"): `deals` = the scope's deals
 * with closeDate in P (any status); missingAmount / missingRate among those; missingCloseDate over
 * all the scope's deals; missingProbability among open, not slipped deals in P; oldestSeen = the
 * earliest lastSeenAt among `deals` (compared as instants, returned as stored).
 */
export function computeBasis(inPeriod: readonly PreparedDeal[], missingCloseDate: number, missingProbability: number): KpiBasis {
  let missingAmount = 0;
  let missingRate = 0;
  let oldest: string | null = null;
  let oldestMs = Infinity;
  for (const d of inPeriod) {
    if (d.money === 'missing-amount') missingAmount++;
    else if (d.money === 'missing-rate') missingRate++;
    const ms = d.lastSeenMs;
    if (ms < oldestMs) {
      oldestMs = ms;
      oldest = d.deal.lastSeenAt;
    }
  }
  return { deals: inPeriod.length, missingAmount, missingRate, missingCloseDate, missingProbability, oldestSeen: oldest };
}
