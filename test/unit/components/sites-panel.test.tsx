// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SitesPanel, type SitesPanelProps } from '../../../components/options/sites-panel';
import { createT } from '../../../lib/i18n/index';

const t = createT('en');
let host: HTMLElement;
beforeEach(() => { host = document.createElement('div'); document.body.append(host); });
afterEach(() => { render(null, host); host.remove(); });

function setup(over: Partial<SitesPanelProps['data']> = {}) {
  const cb = { onToggleCrm: vi.fn(), onAddDomain: vi.fn(), onRemoveDomain: vi.fn(), onRenameMapping: vi.fn(), onDeleteMapping: vi.fn() };
  const data = {
    builtIn: [{ id: 'salesforce', label: 'Salesforce' }, { id: 'hubspot', label: 'HubSpot' }],
    disabledCrms: ['hubspot'], customDomains: ['crm.acme.test'],
    mappings: [{ id: 'taught:crm.acme.test/deals', host: 'crm.acme.test', pathPattern: '/deals', label: 'Acme deals', row: 'tr', fields: { name: 'td', amount: 'td + td' }, idFrom: null, createdAt: '2026-11-27T00:00:00.000Z', updatedAt: '2026-11-27T00:00:00.000Z' }],
    ...over,
  };
  act(() => render(<SitesPanel t={t} lang="en" data={data} {...cb} />, host));
  return cb;
}
const type = (el: HTMLInputElement, value: string) => act(() => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); });
const submit = (form: Element) => act(() => { form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });

describe('SitesPanel', () => {
  it('shows built-in CRMs with their on/off state and reports toggles', () => {
    const cb = setup();
    const hub = host.querySelector<HTMLInputElement>('[data-testid="pacer-crm-hubspot"]')!;
    expect(host.querySelector<HTMLInputElement>('[data-testid="pacer-crm-salesforce"]')!.checked).toBe(true);
    expect(hub.checked).toBe(false);
    act(() => { hub.click(); });
    expect(cb.onToggleCrm).toHaveBeenCalledWith('hubspot', true);
  });

  it('validates a domain before asking for it, and passes the normalized host', () => {
    const cb = setup();
    const input = host.querySelector<HTMLInputElement>('[data-testid="pacer-sites-host"]')!;
    type(input, 'not a domain');
    submit(input.form!);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(t('sites.custom.invalid'));
    type(input, 'app.hubspot.com');
    submit(input.form!);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('built-in');
    type(input, 'https://CRM.acme.test/x');
    submit(input.form!);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('already');
    type(input, 'https://Sales.Example.org/deals');
    submit(input.form!);
    expect(cb.onAddDomain).toHaveBeenCalledWith('sales.example.org');
  });

  it('lists mappings, renames and deletes after a confirmation', () => {
    const cb = setup();
    expect(host.textContent).toContain('crm.acme.test/deals');
    expect(host.textContent).toContain('Fields: Deal, Amount');
    const label = host.querySelector<HTMLInputElement>('.pacer-sites__mapping input')!;
    type(label, 'Acme pipeline');
    submit(label.form!);
    expect(cb.onRenameMapping).toHaveBeenCalledWith('taught:crm.acme.test/deals', 'Acme pipeline');
    act(() => { host.querySelector<HTMLButtonElement>('[aria-label^="Delete the mapping"]')!.click(); });
    expect(cb.onDeleteMapping).not.toHaveBeenCalled();
    const confirm = Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Delete')!;
    act(() => { confirm.click(); });
    expect(cb.onDeleteMapping).toHaveBeenCalledWith('taught:crm.acme.test/deals');
  });

  it('removes a custom domain', () => {
    const cb = setup();
    act(() => { host.querySelector<HTMLButtonElement>('[aria-label="Remove crm.acme.test"]')!.click(); });
    expect(cb.onRemoveDomain).toHaveBeenCalledWith('crm.acme.test');
  });
});
