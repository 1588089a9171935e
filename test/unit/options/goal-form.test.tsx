// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../../components/options/goal-draft';
import { GoalForm } from '../../../components/options/goal-form';
import type { Goal } from '../../../lib/domain/goal';
import { createT } from '../../../lib/i18n';
import type { SmartCheck } from '../../../lib/messaging/protocol';

const t = createT('en');
const settings = { fiscalYearStartMonth: 1, fiscalYearNamedBy: 'end' as const };
const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));

/** A stand-in for the background's goals.check: S fails without a rep, A fails above 1000. */
type Letter = SmartCheck['letters'][number];
function fakeCheck(goal: Goal): Promise<SmartCheck> {
  const target = goal.target.kind === 'absolute' ? goal.target.value : null;
  return Promise.resolve({
    ok: false,
    letters: ([
      goal.owner === '' ? { letter: 'S', ok: false, reason: 'smart.S.noOwner' } : { letter: 'S', ok: true, reason: null },
      { letter: 'M', ok: true, reason: null },
      target !== null && target > 1000
        ? { letter: 'A', ok: false, reason: 'smart.A.tooHigh', params: { target, best: 600, limit: 900, periods: 4 } }
        : { letter: 'A', ok: true, reason: null, params: { best: 600, target } },
      { letter: 'R', ok: true, reason: null },
      { letter: 'T', ok: true, reason: null, params: { start: '2026-10-01', end: '2026-12-31' } },
    ] as Letter[]),
    baseline: { period: '2026-Q3', value: 500, hasData: true },
    resolvedTarget: target,
  });
}

let host: HTMLElement;
afterEach(() => { render(null, host); host.remove(); });
function mount(o: { owner?: string; onSave?: (g: Goal[]) => Promise<void>; check?: typeof fakeCheck } = {}) {
  host = document.createElement('div');
  document.body.append(host);
  let n = 0;
  const check = vi.fn(o.check ?? fakeCheck);
  const onSave = vi.fn(o.onSave ?? (() => Promise.resolve()));
  render(
    <GoalForm initial={{ ...emptyDraft({ period: '2026-Q4' }), scope: 'rep', owner: o.owner ?? 'Ana', metric: 'dealsWon' }} goals={[]} owners={['Ana', 'Bo']}
      settings={settings} today="2026-11-15" now={() => '2026-11-15T10:00:00.000Z'} newId={() => `id${++n}`} check={check}
      onSave={onSave} onCancel={() => undefined} t={t} lang="en" currency="USD" checkDelay={0} />,
    host,
  );
  return { el: host, check, onSave };
}
const input = (el: HTMLElement, testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
const type = async (field: HTMLInputElement, value: string) => {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
};
const pickRelative = async (el: HTMLElement) => {
  const radio = el.querySelector('[data-testid="pacer-goal-target-relative"]') as HTMLInputElement;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
  await tick();
};
const letter = (el: HTMLElement, l: string) => el.querySelector(`[data-letter="${l}"]`) as HTMLElement;

describe('GoalForm: the live SMART check', () => {
  it('shows every letter with its verdict and re-checks as the goal changes', async () => {
    const { el, check } = mount();
    // Preact runs effects after the next frame (a timer in happy-dom): wait for the check, not a fixed tick.
    await vi.waitFor(() => expect([...el.querySelectorAll('[data-letter]')].map((l) => [l.getAttribute('data-letter'), l.getAttribute('data-ok')]))
      .toEqual([['S', 'true'], ['M', 'true'], ['A', 'true'], ['R', 'true'], ['T', 'true']]));
    expect(letter(el, 'A').textContent).toContain('Within 1.5 × the best recent period (600)');
    expect(letter(el, 'T').textContent).toContain('Oct 1, 2026');

    await type(input(el, 'pacer-goal-target'), '1500');
    await vi.waitFor(() => expect(check.mock.calls.at(-1)![0]).toMatchObject({ owner: 'Ana', metric: 'dealsWon', target: { kind: 'absolute', value: 1500 }, period: '2026-Q4' }));
    await vi.waitFor(() => expect(letter(el, 'A').getAttribute('data-ok')).toBe('false'));
    expect(letter(el, 'A').textContent).toContain('The target 1,500 is more than 1.5 × the best of the last 4 periods with data (600); the limit is 900.');
    expect(el.querySelector('[data-testid="pacer-smart-summary"]')?.textContent).toBe('1 letter needs attention.');
  });

  it('says which letter fails when the rep is missing, and drops a stale answer', async () => {
    let release: () => void = () => undefined;
    const slow = (g: Goal) => (g.target.kind === 'absolute' && g.target.value === 5 ? new Promise<void>((r) => { release = r; }).then(() => fakeCheck({ ...g, owner: '' })) : fakeCheck(g));
    const { el, check } = mount({ owner: '', check: slow });
    // Wait on conditions, not fixed sleeps: the order of answers is what this test is about.
    await vi.waitFor(() => expect(letter(el, 'S').getAttribute('data-ok')).toBe('false'));
    expect(letter(el, 'S').textContent).toContain('Name the rep this goal is for.');
    await type(input(el, 'pacer-goal-owner'), 'Ana');
    await vi.waitFor(() => expect(letter(el, 'S').getAttribute('data-ok')).toBe('true'));
    await type(input(el, 'pacer-goal-target'), '5');
    await vi.waitFor(() => expect(check.mock.calls.some(([g]) => g.target.kind === 'absolute' && g.target.value === 5)).toBe(true));
    await type(input(el, 'pacer-goal-target'), '7');
    await vi.waitFor(() => expect(check.mock.calls.at(-1)![0]).toMatchObject({ target: { value: 7 } }));
    await vi.waitFor(() => expect(el.querySelector('[aria-busy="true"]')).toBeNull());
    release();
    await tick();
    // The answer for "5" (which would fail S) arrived after the one for "7": it is ignored.
    expect(letter(el, 'S').getAttribute('data-ok')).toBe('true');
    expect(el.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('shows the baseline of a relative target', async () => {
    const { el } = mount();
    await pickRelative(el);
    await type(input(el, 'pacer-goal-target'), '10');
    await vi.waitFor(() => expect(el.querySelector('[data-testid="pacer-goal-baseline"]')?.textContent).toBe('Baseline 2026-Q3: 500, so the target is —.'));
  });
});

describe('GoalForm: inline validation', () => {
  it('blocks saving and shows each problem next to its field, focusing the first', async () => {
    const { el, onSave } = mount({ owner: '' });
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await tick(20);
    expect(onSave).not.toHaveBeenCalled();
    const owner = input(el, 'pacer-goal-owner');
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector(`#${owner.getAttribute('aria-describedby')}`)?.textContent).toBe('Name the rep this goal is for.');
    expect(input(el, 'pacer-goal-target').getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('[data-testid="pacer-goal-target-error"]')?.textContent).toBe('Enter a target.');
    expect(document.activeElement).toBe(owner);
  });

  it('explains an unreadable number as soon as the field is edited, for absolute and relative targets', async () => {
    const { el } = mount();
    await type(input(el, 'pacer-goal-target'), '12k');
    expect(el.querySelector('[data-testid="pacer-goal-target-error"]')?.textContent).toBe('Enter a number of 0 or more, e.g. 250000.');
    await pickRelative(el);
    await type(input(el, 'pacer-goal-target'), '-120');
    expect(el.querySelector('[data-testid="pacer-goal-target-error"]')?.textContent).toBe('Enter a percentage from -100 to 10000, e.g. 10.');
    await type(input(el, 'pacer-goal-target'), '+10');
    expect(el.querySelector('[data-testid="pacer-goal-target-error"]')).toBeNull();
  });

  it('saves the goal and its drivers together, drivers pointing at it', async () => {
    const { el, onSave } = mount();
    await type(input(el, 'pacer-goal-target'), '40');
    (el.querySelector('[data-testid="pacer-goal-add-driver"]') as HTMLButtonElement).click();
    await tick();
    await type(el.querySelector('[data-testid="pacer-goal-driver"] input[type="text"]') as HTMLInputElement, '12');
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await tick(20);
    expect(onSave).toHaveBeenCalledTimes(1);
    const [main, driver] = onSave.mock.calls[0]![0];
    expect(main).toMatchObject({ scope: 'rep', owner: 'Ana', metric: 'dealsWon', target: { kind: 'absolute', value: 40 }, period: '2026-Q4', parentId: null });
    expect(driver).toMatchObject({ owner: 'Ana', metric: 'newCustomers', target: { kind: 'absolute', value: 12 }, period: '2026-Q4', parentId: main!.id });
  });
});
