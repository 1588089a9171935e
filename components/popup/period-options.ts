import type { PeriodRange } from '../../lib/domain/report';
import { currentPeriod, previousPeriod, type FiscalSettings } from '../../lib/periods';

export type PeriodChoice = 'month' | 'prevMonth' | 'quarter' | 'prevQuarter' | 'year' | 'prevYear';
export const PERIOD_CHOICES: readonly PeriodChoice[] = ['month', 'prevMonth', 'quarter', 'prevQuarter', 'year', 'prevYear'];

/** The picker's preset periods for `today` under the user's fiscal calendar. */
export function periodOptions(today: string, s: FiscalSettings): { choice: PeriodChoice; period: PeriodRange }[] {
  const month = currentPeriod('month', today, s);
  const quarter = currentPeriod('quarter', today, s);
  const year = currentPeriod('year', today, s);
  return [
    { choice: 'month', period: month },
    { choice: 'prevMonth', period: previousPeriod(month, s) },
    { choice: 'quarter', period: quarter },
    { choice: 'prevQuarter', period: previousPeriod(quarter, s) },
    { choice: 'year', period: year },
    { choice: 'prevYear', period: previousPeriod(year, s) },
  ];
}
