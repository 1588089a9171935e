// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps, type SidebarReaderStatus } from '../../../components/sidebar';
import type { KpiValues } from '../../../lib/domain/kpi';
import type { SidebarView } from '../../../lib/domain/views';
import { createT } from '../../../lib/i18n/index';
import { sidebarDisplay } from '../../../lib/display/sidebar-display';
import { RecordContextCard } from '../../../components/sidebar/record-context';
import { recordSlot } from '../../../components/sidebar/record-slot';

// What startPacer registers in the CRM scripts (generic.js never shows a record view).
recordSlot.Card = RecordContextCard;

const HOSTILE = 'Q4 Expansion <img src=x onerror=alert(1)>';
const kpis = (revenueWon: number): KpiValues => ({
  revenueWon, dealsWon: 2, dealsLost: 1, winRate: 0.66, avgDealSize: revenueWon / 2, newCustomers: 1, repeatCustomers: 1,
  salesCycleDays: 30, openPipeline: 300000, weightedPipeline: 120000, forecast: revenueWon + 120000, slippedDeals: 1, stalledDeals: 0, csat: null,
});
const ref = { key: 'hubspot:1', name: HOSTILE, url: 'javascript:alert(1)', amount: 96500, amountBase: 96500, currency: 'USD', closeDate: '2026-11-20', stage: 'Qualified to buy' };
const base: Omit<SidebarView, 'display'> = {
  today: '2026-11-27', lang: 'en', me: 'Maya Okafor', owners: ['Daniel Reyes', 'Maya Okafor'], currency: 'USD',
  period: { label: '2026-Q4', kind: 'quarter', start: '2026-10-01', end: '2026-12-31' },
  previousPeriod: { label: '2026-Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30' },
  report: {
    scope: 'rep', owner: 'Maya Okafor', kpis: kpis(150000), previous: kpis(100000),
    basis: { deals: 12, missingAmount: 1, missingRate: 0, missingCloseDate: 0, missingProbability: 0, oldestSeen: '2026-11-25T00:00:00Z' },
    goals: [], talkingPoints: [],
  },
  goals: [],
  record: { deal: ref, owner: 'Maya Okafor', status: 'open', daysToClose: -7, stageAgeDays: 12, sizeVsAverage: 1.4 },
  totalDeals: 12,
};
/** As the background sends it: the display text built with the sidebar's translator. */
const withDisplay = (v: Omit<SidebarView, 'display'>): SidebarView => ({ ...v, display: sidebarDisplay(v, createT('en'), 'en') });
const view = withDisplay(base);
const status: SidebarReaderStatus = {
  state: 'done', reader: 'HubSpot', pageKind: 'list', count: 2, warnings: ['<b>note</b>'], signedInAs: null, recordKey: null,
  rows: [{ key: 'hubspot:1', name: HOSTILE, amount: 96500, currency: 'USD', stage: 'Qualified to buy' }, { key: 'hubspot:2', name: 'B', amount: null, currency: null, stage: null }],
};

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function Harness(p: Partial<SidebarProps> & { onCollapsed?: (c: boolean) => void }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Sidebar
      view={view} loading={false} error={null} status={status} collapsed={collapsed} periodKind="quarter"
      t={createT('en')} lang="en" onPeriodChange={() => {}} onSaveMe={() => {}} onTeach={() => {}} onRetry={() => {}}
      onToggle={(c) => { setCollapsed(c); p.onCollapsed?.(c); }}
      {...p}
    />
  );
}

const panel = () => host.querySelector('aside') as HTMLElement;
const toggle = () => host.querySelector('[data-testid="pacer-sidebar-toggle"]') as HTMLButtonElement;

describe('Sidebar', () => {
  it('is a labelled complementary landmark with the figures and the deals-read line', () => {
    act(() => render(<Harness />, host));
    expect(panel().getAttribute('aria-label')).toBe('Pacer: your sales pace');
    expect(host.querySelector('[data-testid="pacer-kpi-revenueWon"]')?.textContent).toBe('$150,000');
    expect(host.querySelector('[data-testid="pacer-deals-read"]')?.textContent).toBe('2 deals read from this list by the HubSpot reader');
    expect(host.querySelector('[data-testid="pacer-scope"]')?.textContent).toBe('Showing Maya Okafor');
    expect(host.textContent).toContain('7 days overdue');
    expect(host.textContent).toContain('1.4× my average won deal');
  });

  it('collapses with Esc, moves focus to the tab, and expands from the tab', () => {
    const seen: boolean[] = [];
    act(() => render(<Harness onCollapsed={(c) => seen.push(c)} />, host));
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const kpi = host.querySelector('.pacer-kpi__body') as HTMLElement;
    act(() => kpi.focus());
    act(() => { panel().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
    expect(seen).toEqual([true]);
    expect(panel().hidden).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-label')).toBe('Open the Pacer sidebar (Alt+Shift+P)');
    expect(host.ownerDocument.activeElement).toBe(toggle());
    act(() => toggle().click());
    expect(seen).toEqual([true, false]);
    expect(panel().hidden).toBe(false);
  });

  it('renders a hostile deal name as literal text, never as markup', () => {
    act(() => render(<Harness />, host));
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector('[data-testid="pacer-record-name"]')?.textContent).toBe(HOSTILE);
    const details = host.querySelector<HTMLDetailsElement>('details.pacer-sb__rows')!;
    act(() => { details.open = true; details.dispatchEvent(new Event('toggle')); });
    expect(host.querySelector('[data-testid="pacer-rows-read"] li')?.textContent).toContain(HOSTILE);
    expect(host.textContent).toContain('<b>note</b>');
  });

  it('offers the signed-in name and the owners seen when "me" is unset, and saves the choice', () => {
    const onSaveMe = vi.fn();
    const teamView = withDisplay({ ...base, me: null, report: { ...base.report, scope: 'team', owner: null } });
    act(() => render(<Harness view={teamView} status={{ ...status, signedInAs: 'Daniel Reyes' }} onSaveMe={onSaveMe} />, host));
    expect(host.querySelector('[data-testid="pacer-scope"]')?.textContent).toBe('Showing the whole team');
    act(() => (host.querySelector('[data-testid="pacer-me-signed-in"]') as HTMLButtonElement).click());
    expect(onSaveMe).toHaveBeenCalledWith('Daniel Reyes');
    const select = host.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'Daniel Reyes', 'Maya Okafor']);
  });

  it('sends the teach-mode callback from "Something\'s wrong?"', () => {
    const onTeach = vi.fn();
    act(() => render(<Harness onTeach={onTeach} />, host));
    act(() => (host.querySelector('[data-testid="pacer-teach"]') as HTMLButtonElement).click());
    expect(onTeach).toHaveBeenCalledOnce();
  });
});
