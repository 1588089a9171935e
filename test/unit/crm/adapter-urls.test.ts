import { describe, expect, it } from 'vitest';
import { dynamicsAdapter } from '../../../lib/crm/dynamics';
import { TEST_URLS as DYN } from '../../../lib/crm/dynamics/selectors';
import { adapterFor } from '../../../lib/crm/registry';
import { salesforceAdapter } from '../../../lib/crm/salesforce';
import { TEST_URLS as SF } from '../../../lib/crm/salesforce/selectors';
import { zohoAdapter } from '../../../lib/crm/zoho';
import { TEST_URLS as ZOHO } from '../../../lib/crm/zoho/selectors';

/** Selectors-as-data: every test URL kept beside an adapter's selectors must give its page kind. */
const cases = [
  ['salesforce', salesforceAdapter, SF],
  ['zoho', zohoAdapter, ZOHO],
  ['dynamics', dynamicsAdapter, DYN],
] as const;

const emptyRoot = { querySelector: () => null, querySelectorAll: () => [] } as unknown as ParentNode;

describe.each(cases)('%s test URLs', (id, adapter, urls) => {
  for (const [kind, list] of Object.entries(urls) as [string, readonly string[]][]) {
    it.each(list)(`${kind}: %s`, (u) => {
      const url = new URL(u);
      expect(adapter.matches(url)).toBe(true);
      expect(adapter.pageKind(url, emptyRoot)).toBe(kind);
      expect(adapterFor(url)?.id).toBe(id);
    });
  }
});

describe('adapterFor', () => {
  it('honours disabledCrms', () => {
    const u = SF.list[0];
    expect(adapterFor(u)?.id).toBe('salesforce');
    expect(adapterFor(u, { disabledCrms: ['salesforce'] })?.id).not.toBe('salesforce');
  });
  it('does not hand CRM pages of one vendor to another', () => {
    expect(salesforceAdapter.matches(new URL('https://crm.zoho.com/crm/tab/Potentials'))).toBe(false);
    expect(zohoAdapter.matches(new URL('https://evil.example/crm.zoho.com'))).toBe(false);
    expect(dynamicsAdapter.matches(new URL('https://dynamics.com.evil.example/main.aspx'))).toBe(false);
  });
});
