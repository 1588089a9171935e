// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeachPanel, type TeachPanelProps, type TeachState } from '../../../components/teach';
import { createT } from '../../../lib/i18n/index';

const t = createT('en');
let host: HTMLElement;
beforeEach(() => { host = document.createElement('div'); document.body.append(host); });
afterEach(() => { render(null, host); host.remove(); });

const noop = () => {};
const base: TeachState = { step: 'amount', picked: { name: 'Atlas pilot' }, preview: null, label: 'Deals', saving: false, savedCount: null, error: null };
function show(over: Partial<TeachPanelProps> = {}, state: Partial<TeachState> = {}) {
  act(() => render(
    <TeachPanel t={t} lang="en" state={{ ...base, ...state }} onSkip={noop} onBack={noop} onRestart={noop} onLabel={noop} onSave={noop} onCancel={noop} {...over} />,
    host,
  ));
  return host.querySelector('[data-testid="pacer-teach-highlighted"]')!;
}

describe('TeachPanel keyboard picking', () => {
  it('keeps a polite live region that announces the keyboard highlight as text', () => {
    const live = show();
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    expect(show({ highlighted: '$12,000 <b>' }).textContent).toBe('Highlighted: $12,000 <b>');
    expect(host.querySelector('[data-testid="pacer-teach-highlighted"] b')).toBeNull();
    expect(show({ highlighted: '' }).textContent).toBe('Highlighted: an element without text');
    expect(host.textContent).toContain('arrow keys or Tab move the highlight');
  });

  it('says nothing about the highlight once all fields are picked', () => {
    const live = show({ highlighted: 'Proposal' }, { step: 'review' });
    expect(live.textContent).toBe('');
    expect(host.textContent).not.toContain('arrow keys');
  });
});

describe('TeachPanel on a built-in CRM page', () => {
  const deal = { crm: 'salesforce', sourceId: '006Hs00003FcCbDIAV', name: 'Palisade Water' };
  it('warns when previewed deals show no record id of the page’s CRM and will be stored as generic deals', () => {
    show({}, { preview: { deals: [deal, { ...deal, crm: 'generic', sourceId: 'x/1' }], problem: null, owner: { label: 'Salesforce', unowned: 1 } } });
    const line = host.querySelector('[data-testid="pacer-teach-owner"]')!;
    expect(line.className).toContain('warn');
    expect(line.textContent).toBe('1 deal here shows no Salesforce record id (no link to its Salesforce record). Pacer stores it as a generic deal, apart from the Salesforce deals, so it may be counted twice.');
  });
  it('says the deals merge with the CRM’s own when every row has its id; nothing on other sites', () => {
    show({}, { preview: { deals: [deal], problem: null, owner: { label: 'Salesforce', unowned: 0 } } });
    expect(host.querySelector('[data-testid="pacer-teach-owner"]')!.textContent).toContain('These are Salesforce deals');
    show({}, { preview: { deals: [deal], problem: null, owner: null } });
    expect(host.querySelector('[data-testid="pacer-teach-owner"]')).toBeNull();
  });
});
