import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractPage } from '../../../../lib/crm/extract-page';
import { deriveSelectors } from '../../../../lib/crm/generic/derive-selectors';
import { readTaught } from '../../../../lib/crm/generic/taught';
import { RECORD_OWNERS, recordOwnerFor } from '../../../../lib/crm/record-owner';
import { ADAPTERS } from '../../../../lib/crm/registry';
import { salesforceAdapter } from '../../../../lib/crm/salesforce';
import { loadPage } from '../hp-support';

/**
 * Teaching a built-in CRM's page (a Salesforce report the adapter does not read) must store the
 * deals under that CRM's id, so they merge with what its adapter stores, not as generic copies.
 */
const REPORT = 'https://acme.lightning.force.com/lightning/r/Report/00O5g000004ABCdEAO/view';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => { for (const c of closers.splice(0)) await c(); });

function reportPage(rows: readonly [href: string, name: string, amount: string, stage: string][], url = REPORT): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  closers.push(() => win.happyDOM.close());
  const body = rows.map(([href, name, amount, stage]) => `<tr><td><a href="${href}">${name}</a></td><td>${amount}</td><td>${stage}</td></tr>`).join('');
  win.document.write(`<!doctype html><html lang="en-US"><body><h1>Won this quarter</h1><table class="report">
    <thead><tr><th>Opportunity Name</th><th>Amount</th><th>Stage</th></tr></thead><tbody>${body}</tbody></table></body></html>`);
  return win.document as unknown as Document;
}

function teach(doc: Document) {
  const first = doc.querySelector('tbody tr')!;
  const r = deriveSelectors(doc, { name: first.querySelector('a')!, amount: first.children[1]!, stage: first.children[2]! });
  if (!r.ok) throw new Error(r.reason);
  return r.mapping;
}

describe('taught mappings on a built-in CRM host', () => {
  it('store deals with the CRM record id under the adapter’s crm and sourceId (merging with the adapter’s deals)', () => {
    const list = loadPage(join(__dirname, '../../../fixtures/crm-pages/sf-opportunity-list.html'));
    closers.push(list.close);
    const adapterDeals = salesforceAdapter.extract(list.document, new URL(list.url), { today: '2026-11-27' }).deals;
    const [a, b] = adapterDeals;
    // The report links with 15-character ids in both Lightning spellings; the adapter stores 18.
    const doc = reportPage([
      [`/lightning/r/Opportunity/${a!.sourceId.slice(0, 15)}/view`, a!.name, '$212,000.00', 'Closed Won'],
      [`/lightning/r/${b!.sourceId}/view`, b!.name, '$175,000.00', 'Closed Won'],
    ]);
    expect(salesforceAdapter.extract(doc, new URL(REPORT)).deals).toEqual([]); // the adapter does not read reports
    const r = readTaught(doc, new URL(REPORT), teach(doc), { today: '2026-11-27' });
    expect(r.deals.map((d) => [d.crm, d.sourceId, d.name, d.amount, d.status])).toEqual([
      ['salesforce', a!.sourceId, a!.name, 212000, 'won'],
      ['salesforce', b!.sourceId, b!.name, 175000, 'won'],
    ]);
    expect(r.deals[0]!.url).toBe(`https://acme.lightning.force.com/lightning/r/Opportunity/${a!.sourceId.slice(0, 15)}/view`);
    expect(r.warnings).toEqual([]);
  });

  it('keep rows without the CRM’s own id generic, and say so', () => {
    const doc = reportPage([
      ['/lightning/r/Account/001Hs00001AbCdEIAZ/view', 'Obsidian Rail – pilot', '$12,000', 'Prospecting'],
      ['/lightning/r/Opportunity/006Hs00003FcCbDIAV/view', 'Palisade Water', '$175,000', 'Closed Won'],
    ]);
    const r = readTaught(doc, new URL(REPORT), teach(doc), { today: '2026-11-27' });
    expect(r.deals.map((d) => [d.crm, d.sourceId])).toEqual([
      ['generic', 'acme.lightning.force.com/001Hs00001AbCdEIAZ'],
      ['salesforce', '006Hs00003FcCbDIAV'],
    ]);
    expect(r.warnings).toEqual([expect.stringMatching(/1 deal\(s\) show no Salesforce record id, so they are stored as generic deals/)]);
  });

  it('read stages with the page CRM’s stage settings, as its adapter does', () => {
    const doc = reportPage([['/lightning/r/Opportunity/006Hs00003FcCbDIAV/view', 'Palisade Water', '$175,000', 'Signed']]);
    const settings = { disabledCrms: [], stageStatus: { salesforce: { Signed: 'won' as const }, generic: { Signed: 'lost' as const } } };
    const r = extractPage(doc, new URL(REPORT), { mapping: teach(doc), settings });
    expect(r.deals.map((d) => [d.crm, d.stage, d.status])).toEqual([['salesforce', 'Signed', 'won']]);
  });

  it('stay generic on a CRM Pacer has no adapter for', () => {
    const url = 'https://crm.acme-internal.example/report/7';
    const doc = reportPage([['/lightning/r/Opportunity/006Hs00003FcCbDIAV/view', 'Palisade Water', '$175,000', 'Closed Won']], url);
    const r = readTaught(doc, new URL(url), teach(doc), {});
    expect(r.deals.map((d) => d.crm)).toEqual(['generic']);
    expect(r.warnings).toEqual([]);
  });
});

describe('recordOwnerFor', () => {
  it('has one owner per built-in adapter, with its id and label, claiming the same pages', () => {
    expect(RECORD_OWNERS.map((o) => [o.crm, o.label]).sort()).toEqual(ADAPTERS.map((a) => [a.id, a.label]).sort());
    const urls = [
      REPORT, 'https://acme.my.salesforce.com/006/o', 'https://app.hubspot.com/reports-dashboard/123', 'https://app-eu1.hubspot.com/contacts/1/objects/0-3/views/all/list',
      'https://acme.pipedrive.com/progress/insights', 'https://crm.zoho.eu/crm/org1/tab/Reports', 'https://acme.crm4.dynamics.com/main.aspx?pagetype=dashboard',
      'http://127.0.0.1:4173/deals', 'http://127.0.0.1:4173/crm/deals', 'https://crm.acme-internal.example/deals',
    ];
    for (const u of urls) {
      const url = new URL(u);
      expect(recordOwnerFor(url)?.crm ?? null, u).toBe(ADAPTERS.find((a) => a.matches(url))?.id ?? null);
    }
  });

  it('reads each CRM’s deal ids from its record links the way its adapter stores them', () => {
    const id = (page: string, link: string) => recordOwnerFor(new URL(page))!.fromLink(new URL(link, page));
    expect(id(REPORT, '/006Hs00003FcCbD')).toBe('006Hs00003FcCbDIAV');
    expect(id(REPORT, '/lightning/r/Contact/003Hs00003FcCbDIAV/view')).toBeNull();
    expect(id('https://app.hubspot.com/reports/1', '/contacts/1234/record/0-3/987654')).toBe('987654');
    expect(id('https://app.hubspot.com/reports/1', '/contacts/1234/record/0-1/987654')).toBeNull();
    expect(id('https://acme.pipedrive.com/progress', '/deal/42')).toBe('42');
    expect(id('https://crm.zoho.com/crm/org1/tab/Reports', '/crm/org1/tab/Potentials/4150868000001234567')).toBe('4150868000001234567');
    expect(id('https://crm.zoho.com/crm/org1/tab/Reports', '/crm/org1/tab/Contacts/4150868000001234567')).toBeNull();
    const dyn = 'https://acme.crm4.dynamics.com/main.aspx?pagetype=dashboard';
    expect(id(dyn, '/main.aspx?etn=opportunity&pagetype=entityrecord&id=%7BA1B2C3D4-0000-4000-8000-00000000ABCD%7D')).toBe('a1b2c3d4-0000-4000-8000-00000000abcd');
    expect(id(dyn, '/main.aspx?etn=account&pagetype=entityrecord&id=%7BA1B2C3D4-0000-4000-8000-00000000ABCD%7D')).toBeNull();
    expect(id('http://127.0.0.1:4173/deals', '/deals/D-1007')).toBe('D-1007');
  });

  it('trusts row attributes only where the value can only be a deal id', () => {
    const page = (u: string) => new URL(u);
    const sf = recordOwnerFor(page(REPORT))!;
    expect(sf.fromAttr('data-row-key-value', '006Hs00003FcCbD', page(REPORT))).toBe('006Hs00003FcCbDIAV');
    expect(sf.fromAttr('data-id', '001Hs00003FcCbD', page(REPORT))).toBeNull();
    expect(recordOwnerFor(page('https://app.hubspot.com/x'))!.fromAttr('data-id', '42', page('https://app.hubspot.com/x'))).toBeNull();
    const list = page('https://acme.crm4.dynamics.com/main.aspx?pagetype=entitylist&etn=opportunity');
    const dash = page('https://acme.crm4.dynamics.com/main.aspx?pagetype=dashboard');
    expect(recordOwnerFor(list)!.fromAttr('data-id', '{A1B2C3D4-0000-4000-8000-00000000ABCD}', list)).toBe('a1b2c3d4-0000-4000-8000-00000000abcd');
    expect(recordOwnerFor(dash)!.fromAttr('data-id', '{A1B2C3D4-0000-4000-8000-00000000ABCD}', dash)).toBeNull();
  });
});
