import { addMonths, subDays } from 'date-fns';
import type { Settings } from '../domain/settings';
import { toDate, toIso, ymd } from './dates';

export type FiscalSettings = Pick<Settings, 'fiscalYearStartMonth' | 'fiscalYearNamedBy'>;

/**
 * A fiscal year is identified internally by the calendar year in which it STARTS. Its name
 * (the number in `FY2027` and `2027-Q1`) is that year, or the year in which it ends when the
 * year is named by its end (Salesforce FiscalYearSettings). With start month 1 both agree.
 */
export function fiscalName(startYear: number, s: FiscalSettings): number {
  return s.fiscalYearNamedBy === 'end' && s.fiscalYearStartMonth !== 1 ? startYear + 1 : startYear;
}

export function startYearOfName(name: number, s: FiscalSettings): number {
  return s.fiscalYearNamedBy === 'end' && s.fiscalYearStartMonth !== 1 ? name - 1 : name;
}

/** The start year of the fiscal year that contains `iso`. */
export function fiscalStartYearOf(iso: string, s: FiscalSettings): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m >= s.fiscalYearStartMonth ? y : y - 1;
}

/** 1–4: the fiscal quarter that contains `iso`. */
export function fiscalQuarterOf(iso: string, s: FiscalSettings): number {
  const m = Number(iso.slice(5, 7));
  return Math.floor((((m - s.fiscalYearStartMonth) % 12) + 12) % 12 / 3) + 1;
}

/** First day of the fiscal year starting in `startYear`, plus `monthOffset` months. */
function monthStart(startYear: number, monthOffset: number, s: FiscalSettings): Date {
  return addMonths(toDate(ymd(startYear, s.fiscalYearStartMonth, 1)), monthOffset);
}

export function quarterBounds(startYear: number, q: number, s: FiscalSettings): { start: string; end: string } {
  const start = monthStart(startYear, (q - 1) * 3, s);
  return { start: toIso(start), end: toIso(subDays(addMonths(start, 3), 1)) };
}

export function yearBounds(startYear: number, s: FiscalSettings): { start: string; end: string } {
  const start = monthStart(startYear, 0, s);
  return { start: toIso(start), end: toIso(subDays(addMonths(start, 12), 1)) };
}
