// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftOfSettings, validateSettings } from '../../../components/options/settings-draft';
import { SettingsForm } from '../../../components/options/settings-form';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../../lib/domain/settings';
import { createT } from '../../../lib/i18n';

const t = createT('en');
const NOW = '2026-05-02T08:00:00.000Z';
const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));
const base = (): Settings => settingsSchema.parse({ fxRates: { EUR: 1.1 }, fxRatesUpdatedAt: '2026-01-05T00:00:00.000Z', disabledCrms: ['zoho'], customDomains: ['crm.example.com'] });
let keyN = 0;
const newKey = () => `k${++keyN}`;

describe('validateSettings', () => {
  it('turns a valid draft into a patch without the Sites keys, dating changed rates', () => {
    const s = base();
    const d = draftOfSettings(s, [], newKey);
    d.fxRates.push({ key: 'x', currency: 'twd', rate: '0.031' });
    d.stalledAfterDays = '30';
    const { patch, errors } = validateSettings(d, s, NOW);
    expect(errors).toEqual({});
    expect(patch).toMatchObject({ fxRates: { EUR: 1.1, TWD: 0.031 }, fxRatesUpdatedAt: NOW, stalledAfterDays: 30 });
    expect(patch).not.toHaveProperty('disabledCrms');
    expect(patch).not.toHaveProperty('customDomains');
    // Stage probabilities are pre-filled from the CRMs' defaults; statuses equal to the default are not stored.
    expect(patch!.stageProbabilities).toMatchObject({ 'closed won': 100, 'negotiation/review': 90 });
    expect(patch!.stageStatus).toEqual({});
  });

  it('keeps the rates date when the rates did not change, and stores only overridden stage statuses', () => {
    const s = base();
    const d = draftOfSettings(s, [{ crm: 'hubspot', stage: 'Verbal yes', deals: 4 }], newKey);
    d.stageStatus.hubspot!['Verbal yes'] = 'won';
    const { patch } = validateSettings(d, s, NOW);
    expect(patch!.fxRatesUpdatedAt).toBe('2026-01-05T00:00:00.000Z');
    expect(patch!.stageStatus).toEqual({ hubspot: { 'Verbal yes': 'won' } });
  });

  it('names every problem by field', () => {
    const s = defaultSettings();
    const d = draftOfSettings(s, [], newKey);
    d.baseCurrency = 'US';
    d.fxRates = [{ key: 'a', currency: 'EUR', rate: '0' }, { key: 'b', currency: 'EUR', rate: 'x' }];
    d.stalledAfterDays = '0';
    d.csatMin = '5';
    d.csatMax = '1';
    d.stageProbabilities['closed won'] = '140';
    const { patch, errors } = validateSettings(d, s, NOW);
    expect(patch).toBeNull();
    expect(errors).toEqual({
      'fxRates.a.rate': 'options.settings.err.rate',
      'fxRates.b.currency': 'options.settings.err.fxDuplicate',
      'fxRates.b.rate': 'options.settings.err.number',
      'stageProbabilities.closed won': 'options.settings.err.probability',
      csatScale: 'options.settings.err.csatOrder',
      baseCurrency: 'options.settings.err.baseCurrency',
      stalledAfterDays: 'options.settings.err.stalledAfterDays',
    });
  });
});

let host: HTMLElement | undefined;
afterEach(() => { if (host) { render(null, host); host.remove(); } });
function mount(save: (p: SettingsPatch) => Promise<Settings>, settings = base()) {
  host = document.createElement('div');
  document.body.append(host);
  render(<SettingsForm settings={settings} owners={['Ana']} stagesSeen={[]} today="2026-05-02" now={() => NOW} newKey={newKey} save={save} t={t} lang="en" />, host);
  return host as HTMLElement;
}
const setValue = async (el: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') => {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
  await tick();
};

describe('SettingsForm', () => {
  it('shows errors next to their fields, focuses the first, and does not save', async () => {
    const save = vi.fn((p: SettingsPatch) => Promise.resolve({ ...base(), ...p }));
    const el = mount(save);
    await setValue(el.querySelector('#pacer-set-currency') as HTMLInputElement, 'EU');
    await setValue(el.querySelector('#pacer-set-stalled') as HTMLInputElement, '400');
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await tick(20);
    expect(save).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="pacer-set-currency-error"]')?.textContent).toBe('Enter a three-letter currency code, e.g. USD.');
    expect(el.querySelector('[data-testid="pacer-set-stalled-error"]')?.textContent).toBe('Enter a whole number of days from 1 to 365.');
    const currency = el.querySelector('#pacer-set-currency') as HTMLInputElement;
    expect(currency.getAttribute('aria-invalid')).toBe('true');
    expect(currency.getAttribute('aria-describedby')).toContain('pacer-set-currency-err');
    expect(document.activeElement).toBe(currency);
    expect(el.textContent).toContain('2 fields need fixing before saving.');
  });

  it('saves a valid form and says so; the fiscal-year example follows the fields live', async () => {
    const save = vi.fn((p: SettingsPatch) => Promise.resolve({ ...base(), ...p }));
    const el = mount(save);
    expect(el.querySelector('[data-testid="pacer-fy-example"]')?.textContent).toBe('This fiscal year: FY2026 = Jan 2026 – Dec 2026');
    await setValue(el.querySelector('#pacer-set-fy-month') as HTMLSelectElement, '2', 'change');
    expect(el.querySelector('[data-testid="pacer-fy-example"]')?.textContent).toBe('This fiscal year: FY2027 = Feb 2026 – Jan 2027');
    await setValue(el.querySelector('#pacer-set-me') as HTMLInputElement, ' Ana ');
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await tick(20);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({ fiscalYearStartMonth: 2, me: 'Ana', baseCurrency: 'USD' });
    expect(el.textContent).toContain('Settings saved.');
  });

  it('shows when the exchange rates were entered', () => {
    const el = mount(() => Promise.reject(new Error('unused')));
    expect(el.querySelector('[data-testid="pacer-fx-updated"]')?.textContent).toBe('Rates entered on Jan 5, 2026.');
  });
});
