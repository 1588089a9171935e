// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * After an extension update or reload the old content script's context is invalidated: it must stop
 * cleanly (no more reads, no messages, no error flood in the CRM's console) whatever the page does.
 */
const sent: string[] = [];
/** Runs inside a send: the extension going away under it (the context turns invalid, the send throws). */
let onSend: (() => void) | null = null;
vi.mock('../../../lib/messaging/content', () => ({
  sendMessage: vi.fn(async (type: string) => {
    sent.push(type);
    onSend?.();
    if (type === 'settings.get') throw new Error('no background in this test');
    return { added: 0, updated: 0, unchanged: 0, rejected: [] };
  }),
}));

const { startReader } = await import('../../../entrypoints/crm.content/reader');
const { salesforceAdapter } = await import('../../../lib/crm/salesforce');
const READERS = { adapters: [salesforceAdapter] };

const row = (amount: string) => `<table><thead><tr><th aria-label="Opportunity Name"></th><th aria-label="Amount"></th></tr></thead><tbody>
  <tr data-row-key-value="006Hs00001m8z0fIAA"><th data-label="Opportunity Name"><a href="/lightning/r/006Hs00001m8z0fIAA/view">Alpha</a></th>
  <td data-label="Amount"><span id="amt">${amount}</span></td></tr></tbody></table>`;

describe('content-script reader after its context is invalidated', () => {
  let ctx: ContentScriptContext;
  let errors: ReturnType<typeof vi.spyOn>;
  let warns: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    sent.length = 0;
    onSend = null;
    const page = new DOMParser().parseFromString(`<body>${row('$1,000.00')}</body>`, 'text/html');
    document.body.replaceChildren(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
    ctx = new ContentScriptContext('test');
    errors = vi.spyOn(console, 'error');
    warns = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    errors.mockRestore();
    warns.mockRestore();
  });

  it('stops reading and sending, whatever the page does next, without logging', async () => {
    const reader = startReader(ctx, READERS);
    await vi.waitFor(() => expect(sent.filter((t) => t === 'deals.ingest')).toHaveLength(1));
    ctx.abort();
    expect(ctx.isInvalid).toBe(true);
    const before = sent.length;
    // A busy SPA: 50 mutations, scrolls, in-app navigations and a rescan request.
    for (let i = 0; i < 50; i++) {
      (document.getElementById('amt') as HTMLElement).textContent = `$${2000 + i}.00`;
      document.dispatchEvent(new Event('scroll'));
      window.dispatchEvent(new Event('wxt:locationchange'));
    }
    reader.rescan();
    await new Promise((r) => setTimeout(r, 1000));
    expect(sent.length).toBe(before);
    expect(errors).not.toHaveBeenCalled();
    expect(warns).not.toHaveBeenCalled();
  });

  it('a send failing because the extension went away leaves no error in the page or the status', async () => {
    const reader = startReader(ctx, READERS);
    await vi.waitFor(() => expect(sent.filter((t) => t === 'deals.ingest')).toHaveLength(1));
    // The page changes and the reader sends: the extension is reloaded under it mid-send.
    onSend = () => { ctx.abort(); throw new Error('Extension context invalidated.'); };
    const sending = sent.length;
    (document.getElementById('amt') as HTMLElement).textContent = '$3,000.00';
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(sending), { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 600));
    expect(sent.length).toBe(sending + 1);
    expect(reader.status.get().error).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });
});
