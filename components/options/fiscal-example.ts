import type { Language } from '../../lib/domain/settings';
import { currentPeriod, type FiscalSettings } from '../../lib/periods/index';

/** "Feb 2026" in the user's language, without time-zone shifts. */
export function monthYear(iso: string, lang: Language): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The fiscal year containing today under the given settings: its label and first/last month. */
export function fiscalExample(s: FiscalSettings, today: string, lang: Language): { label: string; start: string; end: string } {
  const fy = currentPeriod('year', today, s);
  return { label: fy.label, start: monthYear(fy.start, lang), end: monthYear(fy.end, lang) };
}

/** Month names 1–12 and weekday names 0–6 (Sunday first) in the user's language. */
export function monthNames(lang: Language): string[] {
  const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2026, i, 1))));
}
export function weekdayNames(lang: Language): string[] {
  const f = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  // 2026-03-01 is a Sunday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2026, 2, 1 + i))));
}
