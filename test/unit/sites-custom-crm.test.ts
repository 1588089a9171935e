import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../lib/messaging/schemas';
import { CUSTOM_DOMAIN_CRMS, crmOfDomain, guessCustomDomainCrm, isCustomDomainCrm } from '../../lib/sites/custom-crm';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('custom domain CRM', () => {
  it('offers CRMs that sites.add accepts and that each have a content script of their own', () => {
    const crm = requestSchemas['sites.add'].shape.crm.unwrap();
    expect([...crm.options].sort()).toEqual([...CUSTOM_DOMAIN_CRMS].sort());
    // scriptFor (background/handlers/sites.ts) registers content-scripts/<crm>.js for these.
    for (const id of CUSTOM_DOMAIN_CRMS) expect(existsSync(join(ROOT, 'entrypoints', `${id}.content`)), id).toBe(true);
  });

  it.each([
    ['salesforce.acme.com', 'salesforce'], ['acme.force.example', 'salesforce'], ['sfdc-prod.acme.com', 'salesforce'],
    ['acmesalesforce.example', 'salesforce'], ['dynamics.acme.com', 'dynamics'], ['crm-d365.acme.com', 'dynamics'],
    ['hubspot.acme.com', 'hubspot'], ['deals.pipedrive-proxy.acme.com', 'pipedrive'], ['zohocrm.acme.co.jp', 'zoho'],
    ['ZOHO.ACME.COM', 'zoho'],
  ])('guesses %s → %s', (host, crm) => {
    expect(guessCustomDomainCrm(host)).toBe(crm);
  });

  it.each(['crm.acme.com', 'workforce.acme.com', 'forcefield.acme.com', 'sales.example.org', '', 'not a host'])('guesses nothing for %j', (host) => {
    expect(guessCustomDomainCrm(host)).toBeNull();
  });

  it("reads a listed domain's CRM from settings, unknown or inherited keys as generic", () => {
    const crms = { 'a.test': 'zoho', 'b.test': 'demo' };
    expect(crmOfDomain(crms, 'a.test')).toBe('zoho');
    expect(crmOfDomain(crms, 'b.test')).toBeNull();
    expect(crmOfDomain(crms, 'c.test')).toBeNull();
    expect(crmOfDomain(crms, 'constructor')).toBeNull();
    expect(isCustomDomainCrm('dynamics')).toBe(true);
    expect(isCustomDomainCrm(undefined)).toBe(false);
  });
});
