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
  const cb = { onToggleCrm: vi.fn(), onAddDomain: vi.fn(), onChangeDomainCrm: vi.fn(), onRemoveDomain: vi.fn(), onRenameMapping: vi.fn(), onDeleteMapping: vi.fn() };
  const data: SitesPanelProps['data'] = {
    builtIn: [
      { id: 'salesforce', label: 'Salesforce' }, { id: 'hubspot', label: 'HubSpot' }, { id: 'pipedrive', label: 'Pipedrive' },
      { id: 'zoho', label: 'Zoho CRM' }, { id: 'dynamics', label: 'Dynamics 365' },
    ],
    disabledCrms: ['hubspot'], customDomains: ['crm.acme.test'], customDomainCrms: {},
    mappings: [{ id: 'taught:crm.acme.test/deals', host: 'crm.acme.test', pathPattern: '/deals', label: 'Acme deals', row: 'tr', fields: { name: 'td', amount: 'td + td' }, idFrom: null, createdAt: '2026-11-27T00:00:00.000Z', updatedAt: '2026-11-27T00:00:00.000Z' }],
    ...over,
  };
  act(() => render(<SitesPanel t={t} lang="en" data={data} {...cb} />, host));
  return cb;
}
const type = (el: HTMLInputElement, value: string) => act(() => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); });
const choose = (el: HTMLSelectElement, value: string) => act(() => { el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); });
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
    expect(cb.onAddDomain).toHaveBeenCalledWith('sales.example.org', null);
  });

  it('asks which CRM a new domain is, guessing from its name until the user picks', () => {
    const cb = setup();
    const input = host.querySelector<HTMLInputElement>('[data-testid="pacer-sites-host"]')!;
    const crm = host.querySelector<HTMLSelectElement>('[data-testid="pacer-sites-crm"]')!;
    // Labelled by a real <label>, described by the hint, every choice plus Other.
    expect(host.querySelector(`label[for="${crm.id}"]`)?.textContent).toBe('Which CRM is this?');
    expect(document.getElementById(crm.getAttribute('aria-describedby')!)?.textContent).toBe(t('sites.custom.crmHint'));
    expect(Array.from(crm.options).map((o) => o.textContent)).toEqual(['Salesforce', 'HubSpot', 'Pipedrive', 'Zoho CRM', 'Dynamics 365', 'Other / teach Pacer']);
    expect(crm.value).toBe('');
    type(input, 'acme.crm4.dynamics-onprem.example');
    expect(crm.value).toBe('dynamics');
    type(input, 'https://sales.example.org');
    expect(crm.value).toBe('');
    type(input, 'acme-sfdc.example.com');
    expect(crm.value).toBe('salesforce');
    submit(input.form!);
    expect(cb.onAddDomain).toHaveBeenLastCalledWith('acme-sfdc.example.com', 'salesforce');
    // After an add the form starts over: empty host, guess again.
    expect(input.value).toBe('');
    expect(crm.value).toBe('');
    // A choice the user made wins over the guess, Other included.
    type(input, 'zoho.acme.example');
    expect(crm.value).toBe('zoho');
    choose(crm, '');
    type(input, 'zoho-crm.acme.example');
    expect(crm.value).toBe('');
    submit(input.form!);
    expect(cb.onAddDomain).toHaveBeenLastCalledWith('zoho-crm.acme.example', null);
    choose(crm, 'pipedrive');
    type(input, 'deals.acme.example');
    submit(input.form!);
    expect(cb.onAddDomain).toHaveBeenLastCalledWith('deals.acme.example', 'pipedrive');
  });

  it("shows each domain's CRM and reports a change, keeping the saved one until it comes back", () => {
    const cb = setup({ customDomains: ['crm.acme.test', 'sales.acme.test', 'x.acme.test'], customDomainCrms: { 'sales.acme.test': 'dynamics', 'x.acme.test': 'nonsense' } });
    const rows = Array.from(host.querySelectorAll<HTMLSelectElement>('[data-testid="pacer-sites-domain-crm"]'));
    // Generic, Dynamics, and an id Pacer does not know shown as generic (what the background runs).
    expect(rows.map((r) => r.value)).toEqual(['', 'dynamics', '']);
    // Each select is named after its host, so a screen reader says which domain it changes.
    const name = (el: Element) => el.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(name(rows[1]!)).toBe('sales.acme.test Read as');
    choose(rows[1]!, 'salesforce');
    expect(cb.onChangeDomainCrm).toHaveBeenCalledWith('sales.acme.test', 'salesforce');
    expect(rows[1]!.value).toBe('dynamics');
    choose(rows[0]!, 'hubspot');
    expect(cb.onChangeDomainCrm).toHaveBeenLastCalledWith('crm.acme.test', 'hubspot');
    choose(rows[1]!, '');
    expect(cb.onChangeDomainCrm).toHaveBeenLastCalledWith('sales.acme.test', null);
    expect(cb.onAddDomain).not.toHaveBeenCalled();
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
