import { describe, expect, it } from 'vitest';
import { kpis, lost, open, settings, won } from './helpers';

describe('salesCycleDays', () => {
  it('is the median of close − created over won deals with a createdDate', () => {
    const v = kpis([
      won('2026-10-11', { createdDate: '2026-10-01' }), // 10
      won('2026-10-21', { createdDate: '2026-10-01' }), // 20
      won('2026-10-31', { createdDate: '2026-10-01' }), // 30
      won('2026-10-31', { createdDate: '2026-09-30' }), // 31
      won('2026-10-31'), // no createdDate
      lost('2026-10-31', { createdDate: '2020-01-01' }),
    ]).values;
    expect(v.salesCycleDays).toBe(25);
  });

  it('counts across a leap day and leaves out impossible cycles', () => {
    expect(kpis([won('2024-03-01', { createdDate: '2024-02-28' })], { period: '2024-Q1' }).values.salesCycleDays).toBe(2);
    expect(kpis([won('2026-10-01', { createdDate: '2026-10-05' })]).values.salesCycleDays).toBeNull();
  });
});

describe('openPipeline, weightedPipeline, forecast', () => {
  it('sums open, not slipped deals closing in P, weighted by probability', () => {
    const f = kpis([
      open('2026-12-01', { amount: 1000, probability: 50 }),
      open('2026-11-27', { amount: 100, probability: 10 }), // closes today: not slipped
      open('2026-11-26', { amount: 5000, probability: 90 }), // slipped
      open('2027-01-05', { amount: 7000, probability: 90 }), // next period
      open('2026-12-02', { amount: 300, probability: null }), // no probability
      won('2026-10-10', { amount: 2000 }),
    ]);
    expect(f.values.openPipeline).toBe(1400);
    expect(f.values.weightedPipeline).toBe(510);
    expect(f.values.forecast).toBe(2510);
    expect(f.basis.missingProbability).toBe(1);
  });

  it('uses the stage default probability when the deal has none', () => {
    const s = settings({ stageProbabilities: { 'Needs Analysis': 20 } });
    const f = kpis([open('2026-12-01', { amount: 1000, stage: 'needs  analysis', probability: null })], { s });
    expect(f.values.weightedPipeline).toBe(200);
    expect(f.basis.missingProbability).toBe(0);
  });

  it('keeps an explicit probability of 0', () => {
    const f = kpis([open('2026-12-01', { amount: 1000, probability: 0 })]);
    expect(f.values.weightedPipeline).toBe(0);
    expect(f.basis.missingProbability).toBe(0);
  });
});
