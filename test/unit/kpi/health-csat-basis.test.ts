import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../lib/domain/observation';
import { deal, kpis, open, won } from './helpers';

const obs = (d: { crm: string; sourceId: string }, at: string, stage: string): Observation => ({
  crm: d.crm, sourceId: d.sourceId, at, stage, status: 'open', amount: 1000, closeDate: '2026-12-15',
});

describe('slippedDeals', () => {
  it('counts open deals past their close date as of today, any period', () => {
    const deals = [open('2026-11-26'), open('2025-01-01'), open('2026-11-27'), won('2026-11-01')];
    const f = kpis(deals);
    expect(f.values.slippedDeals).toBe(2);
    expect(f.detail.slipped.map((s) => s.days).sort((a, b) => a - b)).toEqual([1, 695]);
  });
  it('is null for a previous period', () => {
    expect(kpis([open('2026-11-26')], { asOfToday: false }).values).toMatchObject({ slippedDeals: null, stalledDeals: null });
  });
});

describe('stalledDeals', () => {
  const d = open('2026-12-15', { stage: 'Proposal' });
  it('is stalled when the current stage run started ≥ stalledAfterDays ago', () => {
    const o = [obs(d, '2026-10-01T10:00:00.000Z', 'Qualification'), obs(d, '2026-11-06T23:59:00.000Z', 'Proposal'), obs(d, '2026-11-20T08:00:00.000Z', 'Proposal')];
    const f = kpis([d], { observations: o });
    expect(f.values.stalledDeals).toBe(1); // 2026-11-27 − 2026-11-06 = 21
    expect(f.detail.stalled[0]!.days).toBe(21);
  });
  it('is unknown (not stalled) with shorter history, or none', () => {
    expect(kpis([d], { observations: [obs(d, '2026-11-07T00:00:00.000Z', 'Proposal')] }).values.stalledDeals).toBe(0);
    expect(kpis([d]).values.stalledDeals).toBe(0);
  });
  it('restarts the run when the stage changed back', () => {
    const o = [obs(d, '2026-09-01T00:00:00.000Z', 'Proposal'), obs(d, '2026-10-01T00:00:00.000Z', 'Negotiation'), obs(d, '2026-11-20T00:00:00.000Z', 'Proposal')];
    expect(kpis([d], { observations: o }).values.stalledDeals).toBe(0);
  });
  it('reads the date as written in an offset timestamp', () => {
    const o = [obs(d, '2026-11-06T23:30:00-05:00', 'Proposal')];
    expect(kpis([d], { observations: o }).values.stalledDeals).toBe(1);
  });
});

describe('csat', () => {
  const csat = [
    { owner: 'Ann', period: '2026-Q4', value: 4 },
    { owner: 'Ann', period: '2026-10', value: 5 },
    { owner: 'Bob', period: '2026-11', value: 3 },
    { owner: 'Bob', period: '2026-Q3', value: 1 },
    { owner: 'Bob', period: 'garbage', value: 1 },
  ];
  it('averages entries wholly inside P; team = all entries', () => {
    expect(kpis([], { csat }).values.csat).toBe(4);
    expect(kpis([], { csat, owner: 'Ann' }).values.csat).toBe(4.5);
    // a quarter's entry does not count toward a month
    expect(kpis([], { csat, owner: 'Ann', period: '2026-10' }).values.csat).toBe(5);
    expect(kpis([], { csat, owner: 'Cat' }).values.csat).toBeNull();
  });
});

describe('basis', () => {
  it('describes the deals behind the figures', () => {
    const f = kpis([
      won('2026-10-05', { amount: null, lastSeenAt: '2026-11-02T00:00:00.000Z' }),
      won('2026-10-05', { currency: 'GBP', lastSeenAt: '2026-10-20T09:00:00+02:00' }),
      open('2026-12-05', { lastSeenAt: '2026-11-20T00:00:00.000Z' }),
      deal({ closeDate: null }),
      won('2026-09-05', { lastSeenAt: '2020-01-01T00:00:00.000Z' }),
    ]);
    expect(f.basis).toEqual({ deals: 3, missingAmount: 1, missingRate: 1, missingCloseDate: 1, missingProbability: 1, oldestSeen: '2026-10-20T09:00:00+02:00' });
  });
  it('has a null oldestSeen with no deals', () => {
    expect(kpis([]).basis.oldestSeen).toBeNull();
  });
});
