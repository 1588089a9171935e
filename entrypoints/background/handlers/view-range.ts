import type { PeriodRange } from '../../../lib/domain/report';
import { addDaysIso } from '../../../lib/periods';

/**
 * The dates the engines need for a report of P: the previous period (changes, relative goals),
 * P itself, and the last 14 days up to today (big-win looks at recent wins in any period).
 * Open deals come whatever their date (loadEngineData), so slipped/stalled are complete.
 */
export function reportRange(period: PeriodRange, previous: PeriodRange, today: string): { start: string; end: string } {
  const recent = addDaysIso(today, -13);
  return {
    start: previous.start < recent ? previous.start : recent,
    end: period.end > today ? period.end : today,
  };
}
