// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../../components/popup/api';
import { PopupApp } from '../../../components/popup/popup-app';
// The rep's prep is loaded lazily by the popup; loaded here up front so its first transform under a
// busy test run does not count against the waits below.
import '../../../components/popup/rep-view';
import type { KpiValues } from '../../../lib/domain/kpi';
import type { ScopeReport } from '../../../lib/domain/report';
import { defaultSettings } from '../../../lib/domain/settings';
import type { RepView, TeamView } from '../../../lib/domain/views';
import { createT } from '../../../lib/i18n';

const kpis: KpiValues = {
  revenueWon: 1000, dealsWon: 1, dealsLost: 0, winRate: 1, avgDealSize: 1000, newCustomers: 1, repeatCustomers: 0,
  salesCycleDays: 10, openPipeline: 0, weightedPipeline: 0, forecast: 1000, slippedDeals: 0, stalledDeals: 0, csat: null,
};
const scope = (owner: string | null): ScopeReport => ({
  scope: owner ? 'rep' : 'team', owner, kpis, previous: kpis, goals: [], talkingPoints: [],
  basis: { deals: 1, missingAmount: 0, missingRate: 0, missingCloseDate: 0, missingProbability: 0, oldestSeen: null },
});
const Q4 = { label: '2026-Q4', kind: 'quarter' as const, start: '2026-10-01', end: '2026-12-31' };
const Q3 = { label: '2026-Q3', kind: 'quarter' as const, start: '2026-07-01', end: '2026-09-30' };
const team = (totalDeals: number): TeamView => ({
  today: '2026-11-27', currency: 'USD', period: Q4, previousPeriod: Q3, team: scope(null), owners: totalDeals ? ['Ana', 'Bo'] : [], totalDeals,
  rows: totalDeals ? [{ owner: 'Ana', revenueWon: 1000, previousRevenueWon: 1000, revenueChange: 0, winRate: 1, percentOfGoal: null, goalStatus: null, rankByGoal: null, rankByImprovement: 1 }] : [],
});
const repView = (owner: string): RepView => ({
  today: '2026-11-27', currency: 'USD', period: Q4, previousPeriod: Q3, lastYearPeriod: { ...Q4, label: '2025-Q4', start: '2025-10-01', end: '2025-12-31' },
  report: scope(owner), lastYear: kpis, warnings: { slipped: [], stalled: [], earlyStage: [] }, trend: [],
  agenda: { owner, period: '2026-Q4', items: [], notes: '', updatedAt: null }, carriedForward: [], settings: { csatScale: { min: 1, max: 5 } },
});

function fakeApi(o: { deals: number; lastRep?: string | null; demoUrl?: string | null }): PopupApi {
  return {
    today: '2026-11-27',
    demoUrl: o.demoUrl ?? null,
    settings: async () => defaultSettings(),
    team: vi.fn(async () => team(o.deals)),
    rep: vi.fn(async (owner: string) => repView(owner)),
    saveAgenda: vi.fn(async () => undefined),
    saveCsat: vi.fn(async () => undefined),
    exportData: vi.fn(async () => 'x.csv'),
    copy: vi.fn(async () => true),
    print: vi.fn(),
    openGoals: vi.fn(),
    lastRep: async () => o.lastRep ?? null,
    rememberRep: vi.fn(async () => undefined),
  };
}

let host: HTMLElement;
afterEach(() => { render(null, host); host.remove(); });
const mount = (api: PopupApi) => {
  host = document.createElement('div');
  document.body.append(host);
  render(<PopupApp api={api} t={createT('en')} lang="en" />, host);
  return host;
};
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
};

describe('PopupApp', () => {
  it('teaches what to do when no deal is stored, with the demo link only when given', async () => {
    const el = mount(fakeApi({ deals: 0, demoUrl: 'http://127.0.0.1:5178/deals' }));
    await until(() => el.textContent!.includes('No deals yet'));
    const link = el.querySelector('a[href="http://127.0.0.1:5178/deals"]');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.querySelector('[data-testid="pacer-team-row"]')).toBeNull();
    render(null, host);
    const el2 = mount(fakeApi({ deals: 0 }));
    await until(() => el2.textContent!.includes('No deals yet'));
    expect(el2.querySelector('a')).toBeNull();
  });

  it('opens the remembered rep, and a rep without goals gets a button to create one for the period', async () => {
    const api = fakeApi({ deals: 3, lastRep: 'Bo' });
    const el = mount(api);
    await until(() => !!el.querySelector('[data-testid="pacer-create-goal"]'));
    expect(api.rep).toHaveBeenCalledWith('Bo', '2026-Q4');
    expect(el.querySelector('#pacer-rep-heading')?.textContent).toBe('Bo, 2026-Q4');
    (el.querySelector('[data-testid="pacer-create-goal"]') as HTMLButtonElement).click();
    expect(api.openGoals).toHaveBeenCalledWith('Bo', '2026-Q4');
    (el.querySelector('tr[data-owner="Ana"] button') as HTMLButtonElement).click();
    await until(() => el.querySelector('#pacer-rep-heading')?.textContent === 'Ana, 2026-Q4');
    expect(api.rememberRep).toHaveBeenCalledWith('Ana');
  });
});
