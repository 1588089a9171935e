import { describe, expect, it } from 'vitest';
import { normalizeAccount } from '../../../lib/kpi';
import { kpis, won } from './helpers';

describe('normalizeAccount', () => {
  it('applies NFKC, lower case, trim and collapses spaces', () => {
    expect(normalizeAccount('  ＡＣＭＥ   Corp ')).toBe('acme corp');
    expect(normalizeAccount('Acme\tCorp')).toBe('acme corp');
    expect(normalizeAccount('台積電')).toBe('台積電');
  });
});

describe('newCustomers and repeatCustomers', () => {
  it('counts distinct new and repeat accounts for the team', () => {
    const deals = [
      won('2026-10-02', { account: 'Acme' }),
      won('2026-11-02', { account: 'ACME ' }), // same account
      won('2026-10-03', { account: 'Beta' }),
      won('2026-06-01', { account: 'Beta' }), // Beta was won before P → repeat
      won('2026-10-04', { account: null }), // no account: neither
      won('2026-10-04', { account: '   ' }),
    ];
    expect(kpis(deals).values).toMatchObject({ newCustomers: 1, repeatCustomers: 1 });
  });

  it('credits a new customer to the rep with the earliest won deal in P; ties to the lower crm:sourceId', () => {
    const deals = [
      won('2026-10-10', { account: 'Acme', owner: 'Bob', sourceId: 'B1' }),
      won('2026-10-05', { account: 'Acme', owner: 'Ann', sourceId: 'Z9' }),
      won('2026-10-07', { account: 'Gamma', owner: 'Bob', sourceId: 'B2' }),
      won('2026-10-07', { account: 'Gamma', owner: 'Ann', sourceId: 'A1' }),
    ];
    expect(kpis(deals).values.newCustomers).toBe(2);
    expect(kpis(deals, { owner: 'Ann' }).values.newCustomers).toBe(2);
    expect(kpis(deals, { owner: 'Bob' }).values.newCustomers).toBe(0);
  });

  it('credits nobody when the earliest won deal in P has no owner', () => {
    const deals = [won('2026-10-01', { account: 'Acme', owner: null }), won('2026-10-09', { account: 'Acme', owner: 'Ann' })];
    expect(kpis(deals).values.newCustomers).toBe(1);
    expect(kpis(deals, { owner: 'Ann' }).values.newCustomers).toBe(0);
  });

  it('repeat for a rep: accounts the rep won in P that anyone won before', () => {
    const deals = [won('2025-01-01', { account: 'Acme', owner: 'Bob' }), won('2026-10-09', { account: 'Acme', owner: 'Ann' })];
    expect(kpis(deals, { owner: 'Ann' }).values).toMatchObject({ newCustomers: 0, repeatCustomers: 1 });
    expect(kpis(deals, { owner: 'Bob' }).values).toMatchObject({ newCustomers: 0, repeatCustomers: 0 });
  });

  it('uses the firstWonByAccount aggregate for deals it was not given', () => {
    const deals = [won('2026-10-09', { account: 'Acme' })];
    expect(kpis(deals).values.newCustomers).toBe(1);
    const agg = new Map([['acme', '2024-03-01']]);
    expect(kpis(deals, { firstWonByAccount: agg }).values).toMatchObject({ newCustomers: 0, repeatCustomers: 1 });
  });
});
