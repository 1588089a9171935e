import { describe, expect, it } from 'vitest';
import { isBuiltInHost, normalizeCustomHost, originsFor } from '../../lib/sites/custom-host';

describe('custom CRM hosts', () => {
  it.each([
    ['crm.example.com', 'crm.example.com'], [' CRM.Example.com ', 'crm.example.com'], ['https://crm.example.com:8443/deals?x=1', 'crm.example.com'],
    ['http://intranet.corp.local/', 'intranet.corp.local'], ['10.0.0.5', '10.0.0.5'], ['bücher.example', 'xn--bcher-kva.example'],
  ])('%j → %s', (input, host) => {
    expect(normalizeCustomHost(input)).toEqual({ ok: true, host });
  });
  it.each(['', 'crm example.com', '*.example.com', 'localhost', 'ftp://x.example', 'user:pw@x.example', 'exa_mple.com', '-bad.example'])('%j is invalid', (input) => {
    expect(normalizeCustomHost(input)).toEqual({ ok: false, reason: 'invalid' });
  });
  it('knows the built-in CRM hosts', () => {
    expect(normalizeCustomHost('acme.my.salesforce.com')).toEqual({ ok: false, reason: 'builtin' });
    expect(isBuiltInHost('app.hubspot.com')).toBe(true);
    expect(isBuiltInHost('hubspot.com.evil.test')).toBe(false);
  });
  it('asks for one https origin only', () => expect(originsFor('crm.example.com')).toEqual(['https://crm.example.com/*']));
});
