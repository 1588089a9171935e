// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgendaList, TalkingPointItem } from '../../../components/talking-points';
import type { AgendaEntry } from '../../../lib/agenda/entry';
import type { TalkingPoint } from '../../../lib/domain/report';
import { createT } from '../../../lib/i18n';

const t = createT('en');

const point = (over: Partial<TalkingPoint> = {}): TalkingPoint => ({
  rule: 'slipped-deals',
  id: 'slipped-deals:rep:Maria',
  category: 'challenge',
  priority: 1,
  text: '<img src=x onerror=alert(1)> 2 deals slipped',
  question: 'What would it take to close them?',
  params: {},
  evidence: {
    deals: ['demo:1', 'demo:2'],
    values: { count: 2, amount: 125000 },
    dealRefs: [
      { key: 'demo:1', name: 'Acme renewal', url: 'https://crm.example.com/deal/1', amount: 100000, amountBase: 100000, currency: 'USD', closeDate: '2026-11-01', stage: 'Proposal', days: 26 },
      { key: 'demo:2', name: 'Evil', url: 'javascript:alert(1)', amount: 25000, amountBase: 25000, currency: 'USD', closeDate: null, stage: null, days: 3 },
    ],
  },
  ...over,
});

let host: HTMLElement;
const mount = (vnode: preact.ComponentChild) => {
  host = document.createElement('div');
  document.body.append(host);
  render(vnode, host);
  return host;
};
afterEach(() => { render(null, host); host.remove(); });

describe('TalkingPointItem', () => {
  it('renders text literally, links only http(s) deal urls to a new tab without opener', () => {
    const el = mount(<TalkingPointItem point={point()} t={t} lang="en" currency="USD" />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.pacer-tp-text')?.textContent).toBe('<img src=x onerror=alert(1)> 2 deals slipped');
    const links = [...el.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://crm.example.com/deal/1');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.textContent).toContain('Evil');
    expect(el.textContent).toContain('26 days overdue');
    expect(el.textContent).toContain('$125,000');
    expect(el.textContent).toContain('Challenges');
    expect(el.textContent).toContain('What would it take to close them?');
  });
});

describe('AgendaList', () => {
  const entries: AgendaEntry[] = [
    { id: 'own:1', category: 'own', text: 'Talk about training', done: false, since: '2026-11', point: null, own: true },
    { id: 'p1', category: 'recognition', text: 'Big win', done: true, since: '2026-11', point: null, own: false },
    { id: 'p2', category: 'challenge', text: 'Slipped', done: false, since: '2026-10', point: null, own: false },
  ];

  it('groups by category in the fixed order and reports ticks', () => {
    const onToggle = vi.fn();
    const el = mount(<AgendaList entries={entries} period="2026-11" t={t} lang="en" currency="USD" onToggle={onToggle} />);
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Challenges', 'Recognition', 'Your points']);
    const items = el.querySelectorAll('[data-testid="pacer-agenda-item"]');
    expect(items).toHaveLength(3);
    expect(el.textContent).toContain('Carried over from 2026-10');
    const box = items[0]?.querySelector('input') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onToggle).toHaveBeenCalledWith('p2', true);
  });
});

describe('evidence values', () => {
  it('formats goal figures in the unit of the goal metric, names in words', async () => {
    const { evidenceDisplay } = await import('../../../components/talking-points/evidence-values');
    const values = { target: 300000, actual: 0.45, progress: 1.36, status: 'achieved', paceRatio: 0.9 };
    expect(evidenceDisplay('target', values, { metric: 'revenueWon' }, t, 'en', 'USD')).toBe('$300,000');
    expect(evidenceDisplay('actual', values, { metric: 'winRate' }, t, 'en', 'USD')).toBe('45%');
    expect(evidenceDisplay('progress', values, {}, t, 'en', 'USD')).toBe('136%');
    expect(evidenceDisplay('status', values, {}, t, 'en', 'USD')).toBe('Achieved');
    expect(evidenceDisplay('suggestedTarget', { suggestedTarget: 12, suggestedMetric: 'dealsWon' }, {}, t, 'en', 'USD')).toBe('12');
  });

  it('links at most three deals and counts the rest', () => {
    const refs = point().evidence.dealRefs!;
    const many = [...refs, ...refs.map((r) => ({ ...r, key: `${r.key}b` })), { ...refs[0]!, key: 'c' }];
    const el = mount(<TalkingPointItem point={point({ evidence: { deals: [], values: {}, dealRefs: many } })} t={t} lang="en" currency="USD" />);
    expect(el.querySelectorAll('.pacer-tp-deals .pacer-deal')).toHaveLength(3);
    expect(el.textContent).toContain('and 2 more deals');
  });
});
