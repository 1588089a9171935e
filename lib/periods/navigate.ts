import { subYears } from 'date-fns';
import type { PeriodRange } from '../domain/report';
import { addDaysIso, diffDays, toDate, toIso } from './dates';
import { fiscalQuarterOf, fiscalStartYearOf, type FiscalSettings } from './fiscal';
import { customPeriod, monthPeriod, quarterPeriod, yearPeriod } from './labels';

export type CalendarKind = 'month' | 'quarter' | 'year';

/** The month (calendar), quarter or year (fiscal) that contains `today`. */
export function currentPeriod(kind: CalendarKind, today: string, s: FiscalSettings): PeriodRange {
  if (kind === 'month') return monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
  const startYear = fiscalStartYearOf(today, s);
  return kind === 'quarter' ? quarterPeriod(startYear, fiscalQuarterOf(today, s), s) : yearPeriod(startYear, s);
}

/** Days in a period, both ends included. */
export function periodDays(p: Pick<PeriodRange, 'start' | 'end'>): number {
  return diffDays(p.end, p.start) + 1;
}

/**
 * The period of the same kind immediately before. Calendar kinds: the period containing the day
 * before the start. Custom: the adjacent range of the same length.
 */
export function previousPeriod(p: PeriodRange, s: FiscalSettings): PeriodRange {
  if (p.kind === 'custom') {
    const end = addDaysIso(p.start, -1);
    return customPeriod(addDaysIso(end, -(periodDays(p) - 1)), end);
  }
  return currentPeriod(p.kind, addDaysIso(p.start, -1), s);
}

export function nextPeriod(p: PeriodRange, s: FiscalSettings): PeriodRange {
  if (p.kind === 'custom') {
    const start = addDaysIso(p.end, 1);
    return customPeriod(start, addDaysIso(start, periodDays(p) - 1));
  }
  return currentPeriod(p.kind, addDaysIso(p.end, 1), s);
}

/**
 * The same period a year earlier. Custom ranges shift both ends by a calendar year (date-fns:
 * 29 February becomes 28 February).
 */
export function lastYearPeriod(p: PeriodRange, s: FiscalSettings): PeriodRange {
  const start = toIso(subYears(toDate(p.start), 1));
  if (p.kind === 'custom') return customPeriod(start, toIso(subYears(toDate(p.end), 1)));
  return currentPeriod(p.kind, start, s);
}

/** `n` periods of the same kind just before `p`, nearest first. */
export function periodsBefore(p: PeriodRange, n: number, s: FiscalSettings): PeriodRange[] {
  const out: PeriodRange[] = [];
  let cur = p;
  for (let i = 0; i < n; i++) out.push((cur = previousPeriod(cur, s)));
  return out;
}

export function contains(p: Pick<PeriodRange, 'start' | 'end'>, iso: string): boolean {
  return iso >= p.start && iso <= p.end;
}

/** Same date range (labels may differ: `2026-Q4` and `2026-10-01..2026-12-31`). */
export function sameRange(a: Pick<PeriodRange, 'start' | 'end'>, b: Pick<PeriodRange, 'start' | 'end'>): boolean {
  return a.start === b.start && a.end === b.end;
}

/** `inner` lies wholly inside `outer`. */
export function within(inner: Pick<PeriodRange, 'start' | 'end'>, outer: Pick<PeriodRange, 'start' | 'end'>): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
