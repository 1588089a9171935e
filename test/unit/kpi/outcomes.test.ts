import { describe, expect, it } from 'vitest';
import { deal, kpis, lost, open, won } from './helpers';

describe('revenueWon, dealsWon, dealsLost, winRate, avgDealSize', () => {
  it('is zero / null with no data', () => {
    const v = kpis([]).values;
    expect(v).toMatchObject({ revenueWon: 0, dealsWon: 0, dealsLost: 0, winRate: null, avgDealSize: null, openPipeline: 0, forecast: 0, csat: null, salesCycleDays: null });
  });

  it('counts one won deal', () => {
    const v = kpis([won('2026-10-05', { amount: 500 })]).values;
    expect(v).toMatchObject({ revenueWon: 500, dealsWon: 1, dealsLost: 0, winRate: 1, avgDealSize: 500 });
  });

  it('sums won amounts in P, converted, and ignores other periods and open deals', () => {
    const v = kpis([
      won('2026-10-01', { amount: 1000 }),
      won('2026-12-31', { amount: 200, currency: 'EUR' }), // 220 USD
      won('2026-09-30', { amount: 99999 }),
      won('2027-01-01', { amount: 99999 }),
      lost('2026-11-02'),
      lost('2026-11-03'),
      open('2026-12-01'),
    ]).values;
    expect(v.revenueWon).toBeCloseTo(1220, 9);
    expect(v.dealsWon).toBe(2);
    expect(v.dealsLost).toBe(2);
    expect(v.winRate).toBe(0.5);
    expect(v.avgDealSize).toBeCloseTo(610, 9);
  });

  it('leaves a currency without a rate out of money but in counts', () => {
    const f = kpis([won('2026-10-05', { amount: 100 }), won('2026-10-06', { amount: 999, currency: 'GBP' })]);
    expect(f.values).toMatchObject({ revenueWon: 100, dealsWon: 2, avgDealSize: 100 });
    expect(f.basis).toMatchObject({ deals: 2, missingRate: 1, missingAmount: 0 });
  });

  it('treats all amounts missing as zero revenue and an unknown average', () => {
    const f = kpis([won('2026-10-05', { amount: null }), won('2026-10-06', { amount: null })]);
    expect(f.values).toMatchObject({ revenueWon: 0, dealsWon: 2, winRate: 1, avgDealSize: null });
    expect(f.basis.missingAmount).toBe(2);
  });

  it('counts an amount without a currency as missingRate (not assumed to be base currency)', () => {
    const f = kpis([won('2026-10-05', { amount: 100, currency: null })]);
    expect(f.values.revenueWon).toBe(0);
    expect(f.basis.missingRate).toBe(1);
  });

  it('a deal without a closeDate belongs to no period', () => {
    const f = kpis([won('2026-10-05'), deal({ status: 'won', closeDate: null }), open(null, { owner: 'Bob' })]);
    expect(f.values.dealsWon).toBe(1);
    expect(f.basis.missingCloseDate).toBe(2);
    expect(kpis([open(null, { owner: 'Bob' })], { owner: 'Ann' }).basis.missingCloseDate).toBe(0);
  });

  it('filters by owner, and ownerless deals count for the team only', () => {
    const deals = [won('2026-10-05', { owner: 'Ann', amount: 1 }), won('2026-10-05', { owner: 'Bob', amount: 2 }), won('2026-10-05', { owner: null, amount: 4 }), won('2026-10-05', { owner: '  ', amount: 8 })];
    expect(kpis(deals).values.revenueWon).toBe(15);
    expect(kpis(deals, { owner: 'Ann' }).values.revenueWon).toBe(1);
    expect(kpis(deals, { owner: 'Bob' }).values.revenueWon).toBe(2);
  });
});
