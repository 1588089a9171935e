// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const sent: { type: string; data: unknown }[] = [];
vi.mock('../../../lib/messaging/content', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'settings.get') throw new Error('no background in this test');
    return { added: 0, updated: 0, unchanged: 0, rejected: [] };
  }),
}));

const { startReader } = await import('../../../entrypoints/crm.content/reader');
const { salesforceAdapter } = await import('../../../lib/crm/salesforce');
// What the Salesforce content script reads with (entrypoints/salesforce.content).
const READERS = { adapters: [salesforceAdapter] };

function table(amount: string): string {
  return `<table><thead><tr><th aria-label="Opportunity Name"></th><th aria-label="Amount"></th><th aria-label="Stage"></th></tr></thead><tbody>
    <tr data-row-key-value="006Hs00001m8z0fIAA"><th data-label="Opportunity Name"><a href="/lightning/r/006Hs00001m8z0fIAA/view">Alpha</a></th>
    <td data-label="Amount"><span id="amt">${amount}</span></td><td data-label="Stage">Closed Won</td></tr></tbody></table>`;
}

const ingests = () => sent.filter((s) => s.type === 'deals.ingest');

describe('content-script reader', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    sent.length = 0;
    // A parsed fixture page, as the CRM would render it (DOMParser, not innerHTML).
    const page = new DOMParser().parseFromString(`<body>${table('$1,000.00')}</body>`, 'text/html');
    document.body.replaceChildren(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  it('sends the deals once, nothing for unchanged re-reads, the changed deal after a mutation', async () => {
    const reader = startReader(ctx, READERS);
    await vi.waitFor(() => expect(ingests()).toHaveLength(1));
    const first = ingests()[0]?.data as { adapter: string; pageKind: string; deals: { amount: number; status: string }[] };
    expect(first.adapter).toBe('salesforce');
    expect(first.pageKind).toBe('list');
    expect(first.deals[0]).toMatchObject({ amount: 1000, status: 'won' });
    expect(reader.status.get()).toMatchObject({ adapterId: 'salesforce', dealsOnPage: 1, rowsRead: 1 });

    reader.rescan();
    await new Promise((r) => setTimeout(r, 600));
    expect(ingests()).toHaveLength(1);

    (document.getElementById('amt') as HTMLElement).textContent = '$2,000.00';
    await vi.waitFor(() => expect(ingests()).toHaveLength(2), { timeout: 2000 });
    const second = ingests()[1]?.data as { deals: { amount: number }[] };
    expect(second.deals.map((d) => d.amount)).toEqual([2000]);
  });

  it('ignores mutations inside its own sidebar host', async () => {
    startReader(ctx, READERS);
    await vi.waitFor(() => expect(ingests()).toHaveLength(1));
    const host = document.createElement('pacer-sidebar');
    document.body.append(host);
    host.textContent = 'sidebar text';
    await new Promise((r) => setTimeout(r, 600));
    expect(ingests()).toHaveLength(1);
  });

  it('an unrelated DOM change sends nothing and reads no row twice; a text change in a row sends that deal', async () => {
    const extract = vi.fn(salesforceAdapter.extract);
    startReader(ctx, { adapters: [{ ...salesforceAdapter, extract }] });
    await vi.waitFor(() => expect(ingests()).toHaveLength(1));
    const calls = extract.mock.calls.length;
    document.body.append(document.createElement('i')); // an empty node outside the list
    await new Promise((r) => setTimeout(r, 600));
    expect(ingests()).toHaveLength(1);
    // At most one more call: the zero-row probe (readers that slice) or the whole page (those that do not).
    expect(extract.mock.calls.length).toBeLessThanOrEqual(calls + 1);
    (document.getElementById('amt') as HTMLElement).textContent = '$3,000.00';
    await vi.waitFor(() => expect(ingests()).toHaveLength(2), { timeout: 2000 });
    expect((ingests()[1]?.data as { deals: { amount: number }[] }).deals.map((d) => d.amount)).toEqual([3000]);
  });
});
