import { addDays, format } from 'date-fns';

/**
 * Calendar dates as `YYYY-MM-DD` strings: no time zones inside the engine (kpi-definitions.md
 * "Periods"). Strings of this shape compare correctly with `<`, which the hot paths rely on.
 * date-fns does month/year arithmetic on local-midnight Dates; day differences use UTC epoch
 * days, which never see a daylight-saving shift.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, month: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

/** Local-midnight Date for date-fns. */
export function toDate(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function toIso(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

export function ymd(y: number, month: number, day: number): string {
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDaysIso(iso: string, n: number): string {
  return toIso(addDays(toDate(iso), n));
}

/** Days since 1970-01-01 (UTC arithmetic, exact for calendar dates). Hot path: no Date parsing of strings. */
export function epochDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** a − b in calendar days. */
export function diffDays(a: string, b: string): number {
  return epochDay(a) - epochDay(b);
}
