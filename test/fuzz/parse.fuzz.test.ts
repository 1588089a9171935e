import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseMoney, parseProbability } from '../../lib/crm/parse';
import { isoDate } from '../../lib/domain/primitives';
import { formatMoney } from '../../lib/i18n/format';
import { PAYLOADS } from '../fixtures/hostile/payloads';

/**
 * Money, date and probability parsing over arbitrary and hostile text: nothing throws, every result
 * is finite / a real calendar date / 0–100, or null; money Pacer formats parses back to itself.
 */
const LOCALES = [undefined, 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'zh-TW', 'zh-CN', 'ja-JP', 'es-ES', 'pt-BR', 'ar-EG', 'hi-IN'];
const CRMS = [undefined, 'salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'generic'];
const moneyish = fc.tuple(
  fc.constantFrom('', '$', 'US$', '€', '£', '¥', 'NT$', 'CHF ', 'USD ', '-', '(', '−', '₹', 'R$'),
  fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.bigInt().map(String)),
  fc.constantFrom('', ' USD', ' EUR', '万', '萬', '億', 'k', 'M', 'B', ')', ' €', '円', '元', '%'),
).map(([a, n, b]) => `${a}${String(n)}${b}`);
const dateish = fc.oneof(
  fc.tuple(fc.integer({ min: -5, max: 10_050 }), fc.integer({ min: -2, max: 40 }), fc.integer({ min: -2, max: 40 }), fc.constantFrom('-', '/', '.', '年', ' '))
    .map(([y, m, d, sep]) => [`${y}${sep}${m}${sep}${d}`, `${m}${sep}${d}${sep}${y}`, `${d}.${m}.${y}`][Math.abs(y) % 3] as string),
  fc.constantFrom('Today', 'Yesterday', 'Tomorrow', '今天', '昨日', 'Feb 30, 2026', '2026-02-29', '2024-02-29', '0000-00-00', '9999-99-99', 'Invalid Date', 'NaN'),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...Object.values(PAYLOADS)), moneyish, dateish, fc.string({ maxLength: 5000 }));
const isValidDate = (d: string | null) => d === null || isoDate.safeParse(d).success;

describe('parse fuzz', () => {
  it('parseMoney never throws and gives a finite amount with a currency code or null', () => {
    fc.assert(fc.property(text, fc.constantFrom(...LOCALES), fc.constantFrom(...CRMS), (t, locale, crm) => {
      const m = parseMoney(t, { locale, crm });
      if (m === null) return;
      expect(Number.isFinite(m.amount), `${t} → ${m.amount}`).toBe(true);
      expect(m.currency === null || /^[A-Z]{3}$/.test(m.currency), `${t} → ${m.currency}`).toBe(true);
    }), { numRuns: 3000 });
  });

  it('parseDate never throws and gives a real YYYY-MM-DD or null', () => {
    fc.assert(fc.property(text, fc.constantFrom(...LOCALES), fc.constantFrom(undefined, 'MDY', 'DMY', 'YMD'), fc.constantFrom(undefined, '2026-11-27', '2024-02-29'), (t, locale, order, today) => {
      const d = parseDate(t, { locale, order: order as 'MDY' | 'DMY' | 'YMD' | undefined, today });
      expect(isValidDate(d), `${JSON.stringify(t)} → ${d}`).toBe(true);
    }), { numRuns: 3000 });
  });

  it('parseProbability never throws and stays within 0–100', () => {
    fc.assert(fc.property(text, (t) => {
      const p = parseProbability(t);
      expect(p === null || (Number.isFinite(p) && p >= 0 && p <= 100), `${t} → ${p}`).toBe(true);
    }), { numRuns: 2000 });
  });

  it('money Pacer formats (four languages, eight currencies) parses back to the shown amount and currency', () => {
    const shown = (v: number, currency: string, digits: number): number => {
      const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: digits, useGrouping: false }).formatToParts(v);
      return Number(parts.filter((p) => ['minusSign', 'integer', 'decimal', 'fraction'].includes(p.type)).map((p) => (p.type === 'decimal' ? '.' : p.type === 'minusSign' ? '-' : p.value)).join(''));
    };
    fc.assert(fc.property(
      fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e7, max: 1e7, noNaN: true })),
      fc.constantFrom('USD', 'EUR', 'JPY', 'TWD', 'CNY', 'GBP', 'CHF', 'KRW'),
      fc.constantFrom('en', 'zh-TW', 'zh-CN', 'ja') as fc.Arbitrary<'en' | 'zh-TW' | 'zh-CN' | 'ja'>,
      (v, currency, lang) => {
        const formatted = formatMoney(v, currency, lang);
        const back = parseMoney(formatted, { locale: lang });
        const expected = shown(v, currency, Math.abs(v) >= 1000 ? 0 : 2);
        expect(back, formatted).not.toBeNull();
        expect(back!.amount, formatted).toBeCloseTo(expected === 0 ? 0 : expected, 2);
        // zh-TW writes TWD as a bare `$`: text alone cannot tell it from USD (the parser says USD).
        const sym = new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency')?.value;
        if (!(sym === '$' && currency !== 'USD')) expect(back!.currency, formatted).toBe(currency);
      },
    ), { numRuns: 1500 });
  });
});
