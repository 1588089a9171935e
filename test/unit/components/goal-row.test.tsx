// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paceShare } from '../../../lib/display/goal-display';
import { GoalRow } from '../../../components/goals/goal-row';
import type { GoalResult } from '../../../lib/domain/report';
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

const goal = (over: Partial<GoalResult>): GoalResult => ({
  id: 'g1', metric: 'revenueWon', target: 200000, actual: 80000, progress: 0.4, expected: 110000, paceRatio: 0.727,
  status: 'behind', runRateProjection: 145000, forecastProjection: null, requiredPerWeek: 15000, elapsed: 0.55, ...over,
});

const renderRow = (g: GoalResult) => act(() => render(<ul><GoalRow goal={g} lang="en" currency="USD" t={t} /></ul>, host));

describe('GoalRow', () => {
  it('places the pace marker where pace says the bar should be today, and fills to progress', () => {
    renderRow(goal({}));
    expect((host.querySelector('[data-testid="pacer-pace-marker"]') as HTMLElement).style.left).toBe('55%');
    expect((host.querySelector('[data-testid="pacer-meter-fill"]') as HTMLElement).style.width).toBe('40%');
    const bar = host.querySelector('[role="progressbar"]') as HTMLElement;
    expect(bar.getAttribute('aria-label')).toBe('Revenue won');
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('aria-valuetext')).toBe('40% of target; pace says 55% by today');
  });

  it('shows the status as text and as a colour class', () => {
    renderRow(goal({}));
    const badge = host.querySelector('.pacer-badge') as HTMLElement;
    expect(badge.textContent).toContain('Behind');
    expect(badge.className).toContain('pacer-badge--bad');
    renderRow(goal({ status: 'ahead', progress: 0.8, actual: 160000 }));
    const b2 = host.querySelector('.pacer-badge') as HTMLElement;
    expect(b2.textContent).toContain('Ahead');
    expect(b2.className).toContain('pacer-badge--good');
    expect(host.textContent).toContain('$160,000 of $200,000');
    expect(host.textContent).toContain('At this pace: $145,000 by period end');
    expect(host.textContent).toContain('Needs $15,000 a week from now on');
  });

  it('clamps an over-achieved bar at 100% and has no marker for level goals', () => {
    renderRow(goal({ metric: 'winRate', target: 0.45, actual: 0.6, progress: 1.33, expected: null, elapsed: 0.5, status: 'achieved', runRateProjection: null, requiredPerWeek: null }));
    expect((host.querySelector('[data-testid="pacer-meter-fill"]') as HTMLElement).style.width).toBe('100%');
    expect(host.querySelector('[data-testid="pacer-pace-marker"]')).toBeNull();
    expect(host.textContent).toContain('60% of 45%');
  });

  it('falls back to the elapsed share for an accumulating goal without an expected value', () => {
    expect(paceShare(goal({ expected: null, elapsed: 0.25 }))).toBe(0.25);
    expect(paceShare(goal({ expected: null, elapsed: null }))).toBeNull();
    expect(paceShare(goal({ expected: 50000, target: 200000 }))).toBe(0.25);
  });
});
