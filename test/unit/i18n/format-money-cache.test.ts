import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../lib/i18n/format';

describe('formatMoney', () => {
  it('formats a value the same whatever was formatted before it (cache keyed by digits)', () => {
    expect(formatMoney(1234.5, 'EUR', 'ja')).toBe(new Intl.NumberFormat('ja', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1234.5));
    expect(formatMoney(0, 'EUR', 'ja')).toBe(new Intl.NumberFormat('ja', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(0));
    expect(formatMoney(12.5, 'EUR', 'ja')).toBe(new Intl.NumberFormat('ja', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(12.5));
    expect(formatMoney(5000, 'EUR', 'ja')).toBe(new Intl.NumberFormat('ja', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(5000));
  });
});
