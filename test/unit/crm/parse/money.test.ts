import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../../lib/crm/parse';

describe('parseMoney', () => {
  const cases: [string, number | null, string | null, string?][] = [
    ['$1,250,000.00', 1250000, 'USD'],
    ['USD 12,500.00', 12500, 'USD'],
    ['NT$1,200,000', 1200000, 'TWD'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['1.234,56 €', 1234.56, 'EUR', 'de-DE'],
    ['¥1,200,000', 1200000, 'JPY', 'ja-JP'],
    ['￥1,200,000', 1200000, 'JPY', 'ja'],
    ['¥1,200,000', 1200000, 'CNY', 'zh-CN'],
    ['$1.2M', 1200000, 'USD'],
    ['$350K', 350000, 'USD'],
    ['€48.5K', 48500, 'EUR'],
    ['CA$18.9K', 18900, 'CAD'],
    ['A$64K', 64000, 'AUD'],
    ['CHF 33K', 33000, 'CHF'],
    ['US$120K', 120000, 'USD'],
    ['$7.25K', 7250, 'USD'],
    ['£12,750.00', 12750, 'GBP'],
    ['$ 45,000.00', 45000, 'USD'],
    ['EUR 40,000.00 (USD 43,120.00)', 40000, 'EUR'],
    ['-$4,500.00', -4500, 'USD'],
    ['($2,000.00)', -2000, 'USD'],
    ['$-4,500.00', -4500, 'USD'],
    ['₩5,000,000', 5000000, 'KRW'],
    ['₹2,50,000', 250000, 'INR'],
    ['45.000 €', 45000, 'EUR', 'de'],
    ['1 234,56 €', 1234.56, 'EUR', 'fr-FR'],
    ["CHF 1'234.50", 1234.5, 'CHF', 'de-CH'],
    ['12,50 €', 12.5, 'EUR'],
    ['1,234', 1234, null, 'en-US'],
    ['1,234', 1.234, null, 'de-DE'],
    ['$0', 0, 'USD'],
    ['1.2 Mio. €', 1200000, 'EUR', 'de'],
    ['120万円', 1200000, 'JPY', 'ja'],
    ['1,200万円', 12000000, 'JPY', 'ja'],
    ['1,200万円', 12000000, 'JPY'],
    ['¥1.5万', 15000, 'JPY', 'ja'],
    ['12,345.67 USD', 12345.67, 'USD'],
  ];
  it.each(cases)('%s → %s %s (%s)', (text, amount, currency, locale) => {
    const r = parseMoney(text, locale ? { locale } : {});
    expect(r).not.toBeNull();
    expect(r?.amount).toBeCloseTo(amount as number, 6);
    expect(r?.currency).toBe(currency);
  });

  it.each(['', '   ', '—', '--', '-', 'N/A', 'Confidential'])('%j is no amount', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
  it('null input is null', () => expect(parseMoney(null)).toBeNull());
});
