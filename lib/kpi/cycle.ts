import { diffDays } from '../periods/dates';
import { median } from './numbers';
import type { PreparedDeal } from './prepare';

/**
 * Median days from createdDate to closeDate over won deals in P that have a createdDate
 * (median rather than mean: cycles are skewed). A createdDate after the closeDate is a data
 * error, left out rather than counted as a negative cycle. Result is n or n.5.
 */
export function salesCycleDays(inPeriod: readonly PreparedDeal[]): number | null {
  const days: number[] = [];
  for (const d of inPeriod) {
    const created = d.deal.createdDate;
    if (d.status !== 'won' || created === null || d.closeDate === null || created > d.closeDate) continue;
    days.push(diffDays(d.closeDate, created));
  }
  return median(days);
}
