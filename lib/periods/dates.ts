import { addDays } from 'date-fns';

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

/**
 * The local calendar date of `d`. Not date-fns `format`: its pattern parser and English locale
 * (~16 KB) were a third of the script the popup parses before its first paint, for one fixed shape.
 */
export function toIso(d: Date): string {
  return ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function ymd(y: number, month: number, day: number): string {
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDaysIso(iso: string, n: number): string {
  return toIso(addDays(toDate(iso), n));
}

/** Digits at [from, from + n) as a number, or -1 when any is not a digit. */
function digitsAt(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1; // NaN past the end counts as not a digit
    v = v * 10 + c;
  }
  return v;
}

/**
 * Days since 1970-01-01 (UTC arithmetic, exact for calendar dates). Hot path (cycle lengths,
 * overdue and in-stage days of every deal of a report): a well-formed `YYYY-MM-DD` prefix is read
 * from its character codes with the civil-from-days formula (H. Hinnant), so no substring or Date
 * is allocated; anything else goes through Date.UTC exactly as before.
 */
export function epochDay(iso: string): number {
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  // Date.UTC maps years 0–99 to 1900–1999 and rolls over bad months: keep its answer there.
  if (y < 100 || m < 1 || m > 12 || d < 0) {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** a − b in calendar days. */
export function diffDays(a: string, b: string): number {
  return epochDay(a) - epochDay(b);
}
