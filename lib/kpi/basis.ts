import type { KpiBasis } from '../domain/kpi';
import type { PreparedDeal } from './prepare';

/** `YYYY-MM-DDTHH:MM:SS.sssZ` (how Pacer stores times): same layout and zone, so string order is time order. */
const utcMillisStamp = (s: string): boolean =>
  s.length === 24 && s.charCodeAt(23) === 90 && s.charCodeAt(10) === 84 && s.charCodeAt(19) === 46;

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
  for (let i = 0; i < inPeriod.length; i++) {
    const d = inPeriod[i]!;
    if (d.money === 'missing-amount') missingAmount++;
    else if (d.money === 'missing-rate') missingRate++;
    const seen = d.lastSeenAt;
    // Two UTC stamps of the usual shape compare as strings; anything else as instants.
    if (oldest !== null && utcMillisStamp(seen) && utcMillisStamp(oldest)) {
      if (seen < oldest) oldest = seen;
      continue;
    }
    const ms = Date.parse(seen);
    if (ms < (oldest === null ? Infinity : Date.parse(oldest))) oldest = seen;
  }
  return { deals: inPeriod.length, missingAmount, missingRate, missingCloseDate, missingProbability, oldestSeen: oldest };
}
