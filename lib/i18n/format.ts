import type { Language } from '../domain/settings';

/**
 * Number, money, percent and date formatting with Intl (CLDR data built into the browser).
 * Intl rather than date-fns locales here: the content script must stay under 25 KB gzip, and
 * Intl covers every UI language at no cost. date-fns does the calendar arithmetic in lib/periods.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatMoney(value: number | null, currency: string, lang: Language, compact = false): string {
  if (value === null || !Number.isFinite(value)) return '—';
  // The digits depend on the value, so they are part of the cache key (else the first value
  // formatted decides for every later one: "$0.00" vs "$0" depending on call order).
  const digits = compact ? 1 : Math.abs(value) >= 1000 ? 0 : 2;
  const f = nf(`m|${lang}|${currency}|${compact}|${digits}`, () =>
    new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: digits,
    }),
  );
  return f.format(value);
}

export function formatNumber(value: number | null, lang: Language, maxFraction = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return nf(`n|${lang}|${maxFraction}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: maxFraction })).format(value);
}

/** 0.4567 → "45.7%". */
export function formatPercent(value: number | null, lang: Language, maxFraction = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return nf(`p|${lang}|${maxFraction}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: maxFraction })).format(value);
}

/** A signed change: +12.5% / −3.0%; null → "—". */
export function formatChange(value: number | null, lang: Language): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return nf(`c|${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })).format(value);
}

/** `YYYY-MM-DD` → the locale's medium date, without time-zone shifts. */
export function formatDate(isoDate: string | null, lang: Language): string {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  let f = cache.get(`d|${lang}`) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(`d|${lang}`, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })));
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}
