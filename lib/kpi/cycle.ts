import { median } from './numbers';
import type { PreparedDeal } from './prepare';

/**
 * Median days from createdDate to closeDate over won deals in P that have a createdDate
 * (median rather than mean: cycles are skewed). A createdDate after the closeDate is a data
 * error, left out rather than counted as a negative cycle. Result is n or n.5.
 */
export function salesCycleDays(inPeriod: readonly PreparedDeal[]): number | null {
  // Filled in place (at most one value per deal), so no array grows push by push.
  const days = new Float64Array(inPeriod.length);
  let n = 0;
  for (let i = 0; i < inPeriod.length; i++) {
    const c = inPeriod[i]!.cycleDays; // computed once per deal when prepared
    if (c !== null) days[n++] = c;
  }
  return median(days.subarray(0, n));
}
