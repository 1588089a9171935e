import type { PeriodRange } from '../domain/report';
import { daysInMonth, isIsoDate, ymd } from './dates';
import { fiscalName, quarterBounds, startYearOfName, yearBounds, type FiscalSettings } from './fiscal';

/**
 * Period labels (kpi-definitions.md "Periods"): `2026-Q4` and `FY2026` name fiscal periods (the
 * year is the fiscal year's name), `2026-11` is a calendar month, `2026-10-01..2026-12-31` a
 * custom closed range. Lower-case `q`/`fy` are accepted; the returned label is canonical.
 */
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const YEAR = /^FY(\d{4})$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const CUSTOM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function quarterPeriod(startYear: number, q: number, s: FiscalSettings): PeriodRange {
  return { label: `${fiscalName(startYear, s)}-Q${q}`, kind: 'quarter', ...quarterBounds(startYear, q, s) };
}

export function yearPeriod(startYear: number, s: FiscalSettings): PeriodRange {
  return { label: `FY${fiscalName(startYear, s)}`, kind: 'year', ...yearBounds(startYear, s) };
}

export function monthPeriod(y: number, month: number): PeriodRange {
  return { label: `${ymd(y, month, 1).slice(0, 7)}`, kind: 'month', start: ymd(y, month, 1), end: ymd(y, month, daysInMonth(y, month)) };
}

export function customPeriod(start: string, end: string): PeriodRange {
  return { label: `${start}..${end}`, kind: 'custom', start, end };
}

/** Resolves a label to its date range. Throws RangeError on anything else. */
export function resolvePeriod(label: string, s: FiscalSettings): PeriodRange {
  const text = typeof label === 'string' ? label.trim() : '';
  let m = QUARTER.exec(text);
  if (m) return quarterPeriod(startYearOfName(Number(m[1]), s), Number(m[2]), s);
  m = YEAR.exec(text);
  if (m) return yearPeriod(startYearOfName(Number(m[1]), s), s);
  m = MONTH.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthPeriod(Number(m[1]), Number(m[2]));
  m = CUSTOM.exec(text);
  if (m && isIsoDate(m[1]!) && isIsoDate(m[2]!) && m[1]! <= m[2]!) return customPeriod(m[1]!, m[2]!);
  throw new RangeError(
    `Unknown period "${String(label)}": use 2026-Q4, 2026-11, FY2026 or a range 2026-10-01..2026-12-31 (start ≤ end).`,
  );
}

/** True when the label resolves (no exception). */
export function isPeriodLabel(label: string, s: FiscalSettings): boolean {
  try {
    resolvePeriod(label, s);
    return true;
  } catch {
    return false;
  }
}
