import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setupSites, syncCustomScripts } from '../../../entrypoints/background/handlers/sites';
import type { PacerDb } from '../../../lib/db/app-db';
import { getSettings, updateSettings } from '../../../lib/db/settings';
import { freshDb } from '../support/db';
import { send } from '../support/messages';

/** In-memory stand-ins for the two APIs fakeBrowser does not implement. */
let granted: Set<string>;
let scripts: Map<string, { id: string; matches?: string[]; js?: string[] }>;
let db: PacerDb;
let stop: () => void;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  scripts = new Map();
  const b = fakeBrowser as unknown as { permissions: Record<string, unknown>; scripting: Record<string, unknown> };
  b.permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
  b.permissions.remove = vi.fn(async ({ origins }: { origins: string[] }) => { origins.forEach((o) => granted.delete(o)); return true; });
  b.scripting.getRegisteredContentScripts = vi.fn(async () => [...scripts.values()]);
  b.scripting.registerContentScripts = vi.fn(async (list: { id: string }[]) => { for (const s of list) scripts.set(s.id, s); });
  b.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => { ids.forEach((id) => scripts.delete(id)); });
  db = freshDb();
  stop = setupSites(db);
});
afterEach(() => stop());

describe('sites.add / sites.remove', () => {
  it('registers the generic script for a granted host and remembers it', async () => {
    granted.add('https://crm.acme.test/*');
    const s = await send('sites.add', { host: 'https://CRM.acme.test/deals' });
    expect(s.customDomains).toEqual(['crm.acme.test']);
    expect(s.customDomainCrms).toEqual({});
    expect(scripts.get('pacer-custom-crm.acme.test')).toMatchObject({ matches: ['https://crm.acme.test/*'], js: ['content-scripts/generic.js'] });
  });

  it('a domain tied to a built-in CRM gets that CRM\'s own script; tying it again replaces the registration', async () => {
    granted.add('https://sales.acme.test/*');
    let s = await send('sites.add', { host: 'sales.acme.test', crm: 'dynamics' });
    expect(s.customDomainCrms).toEqual({ 'sales.acme.test': 'dynamics' });
    expect(scripts.get('pacer-custom-sales.acme.test')?.js).toEqual(['content-scripts/dynamics.js']);
    s = await send('sites.add', { host: 'sales.acme.test' });
    expect(s.customDomainCrms).toEqual({});
    expect(scripts.get('pacer-custom-sales.acme.test')?.js).toEqual(['content-scripts/generic.js']);
    s = await send('sites.remove', { host: 'sales.acme.test' });
    expect(s.customDomainCrms).toEqual({});
    expect(scripts.size).toBe(0);
  });

  it("changing a listed domain's CRM (options → Sites) swaps its one registration and keeps the other domains", async () => {
    granted.add('https://sales.acme.test/*');
    granted.add('https://crm.acme.test/*');
    await send('sites.add', { host: 'crm.acme.test', crm: 'zoho' });
    await send('sites.add', { host: 'sales.acme.test', crm: 'salesforce' });
    const s = await send('sites.add', { host: 'sales.acme.test', crm: 'hubspot' });
    expect(s.customDomains).toEqual(['crm.acme.test', 'sales.acme.test']);
    expect(s.customDomainCrms).toEqual({ 'crm.acme.test': 'zoho', 'sales.acme.test': 'hubspot' });
    expect([...scripts.values()].map((x) => [x.id, x.js])).toEqual([
      ['pacer-custom-crm.acme.test', ['content-scripts/zoho.js']],
      ['pacer-custom-sales.acme.test', ['content-scripts/hubspot.js']],
    ]);
  });

  it('refuses a host whose permission was not granted, a built-in CRM and garbage', async () => {
    await expect(send('sites.add', { host: 'crm.acme.test' })).rejects.toThrow(/not granted/);
    await expect(send('sites.add', { host: 'app.hubspot.com' })).rejects.toThrow(/built-in/);
    await expect(send('sites.add', { host: 'not a host' })).rejects.toThrow(/valid/);
    expect((await getSettings(db)).customDomains).toEqual([]);
    expect(scripts.size).toBe(0);
  });

  it('removal unregisters, drops the permission and the setting', async () => {
    granted.add('https://crm.acme.test/*');
    await send('sites.add', { host: 'crm.acme.test' });
    const s = await send('sites.remove', { host: 'crm.acme.test' });
    expect(s.customDomains).toEqual([]);
    expect(scripts.size).toBe(0);
    expect(granted.size).toBe(0);
  });
});

describe('syncCustomScripts (startup / install)', () => {
  it('re-registers hosts still granted, skips revoked ones and removes stale scripts', async () => {
    await updateSettings(db, { customDomains: ['a.test', 'b.test'] });
    granted.add('https://a.test/*');
    scripts.set('pacer-custom-old.test', { id: 'pacer-custom-old.test' });
    scripts.set('other-script', { id: 'other-script' });
    await syncCustomScripts(db);
    expect([...scripts.keys()].sort()).toEqual(['other-script', 'pacer-custom-a.test']);
  });

  it('moves a host registered with an older script (the all-readers crm.js) to its own', async () => {
    await updateSettings(db, { customDomains: ['a.test'], customDomainCrms: { 'a.test': 'salesforce' } });
    granted.add('https://a.test/*');
    scripts.set('pacer-custom-a.test', { id: 'pacer-custom-a.test', matches: ['https://a.test/*'], js: ['content-scripts/crm.js'] });
    await syncCustomScripts(db);
    expect(scripts.get('pacer-custom-a.test')?.js).toEqual(['content-scripts/salesforce.js']);
  });
});
