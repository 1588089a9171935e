// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KpiCard } from '../../../components/kpi/kpi-card';
import { basisText } from '../../../lib/display/basis-text';
import { createT } from '../../../lib/i18n/index';

const t = createT('en');
let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const basis = { deals: 42, missingAmount: 3, missingRate: 0, missingCloseDate: 0, missingProbability: 2, oldestSeen: '2026-11-22T09:00:00.000Z' };

describe('KpiCard', () => {
  it('shows the formatted value on its test hook and the basis on keyboard focus', () => {
    const text = basisText('revenueWon', basis, '2026-11-27', t);
    expect(text).toBe('from 42 deals; 3 without amount; oldest read 5 days ago');
    act(() => render(<KpiCard kpi="revenueWon" label="Revenue won" value={125000} previous={100000} basis={text} lang="en" currency="USD" t={t} />, host));
    expect(host.querySelector('[data-testid="pacer-kpi-revenueWon"]')?.textContent).toBe('$125,000');
    const tip = host.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tip.hidden).toBe(true);
    const body = host.querySelector('.pacer-kpi__body') as HTMLElement;
    expect(body.getAttribute('aria-describedby')).toBe(tip.id);
    expect(body.tabIndex).toBe(0);
    act(() => body.focus());
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe(text);
    act(() => { body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
    expect(tip.hidden).toBe(true);
  });

  it('opens the basis on hover too', () => {
    act(() => render(<KpiCard kpi="winRate" label="Win rate" value={0.5} previous={0.4} basis="from 2 deals" lang="en" currency="USD" t={t} />, host));
    const anchor = host.querySelector('.pacer-tip-anchor') as HTMLElement;
    act(() => { anchor.dispatchEvent(new MouseEvent('mouseenter')); });
    expect((host.querySelector('[role="tooltip"]') as HTMLElement).hidden).toBe(false);
    act(() => { anchor.dispatchEvent(new MouseEvent('mouseleave')); });
    expect((host.querySelector('[role="tooltip"]') as HTMLElement).hidden).toBe(true);
  });

  it('states the change in words for screen readers, in points for ratios, and colours by direction', () => {
    act(() => render(<KpiCard kpi="winRate" label="Win rate" value={0.5} previous={0.4} basis="x" lang="en" currency="USD" t={t} />, host));
    const delta = host.querySelector('.pacer-delta') as HTMLElement;
    expect(delta.className).toContain('pacer-delta--good');
    expect(delta.querySelector('.pacer-visually-hidden')?.textContent).toBe('Up +10 pts vs previous period (was 40%)');
    act(() => render(<KpiCard kpi="salesCycleDays" label="Sales cycle" value={40} previous={30} basis="x" lang="en" currency="USD" t={t} />, host));
    const d2 = host.querySelector('.pacer-delta') as HTMLElement;
    // a longer sales cycle is worse
    expect(d2.className).toContain('pacer-delta--bad');
    expect(d2.querySelector('.pacer-visually-hidden')?.textContent).toBe('Up +33.3% vs previous period (was 30 days)');
  });

  it('formats in the user locale (zh-TW) with its own strings', () => {
    const tw = createT('zh-TW');
    act(() => render(<KpiCard kpi="revenueWon" label="成交營收" value={1234567} previous={null} basis={basisText('revenueWon', basis, '2026-11-27', tw)} lang="zh-TW" currency="TWD" t={tw} />, host));
    expect(host.querySelector('[data-testid="pacer-kpi-revenueWon"]')?.textContent).toBe(new Intl.NumberFormat('zh-TW', { style: 'currency', currency: 'TWD', maximumFractionDigits: 0 }).format(1234567));
    expect(host.querySelector('[role="tooltip"]')?.textContent).toBe('依據 42 筆案件；3 筆無金額；最舊資料為 5 天前讀取');
    expect(host.querySelector('.pacer-delta')?.textContent).toBe('無比較基準');
  });
});
