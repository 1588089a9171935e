// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CrmAdapter, ExtractOptions, ExtractResult } from '../../../../lib/crm/contract';
import type { ExtractedDeal } from '../../../../lib/domain/deal';

/** Each deals.ingest waits until the test answers it (resolve or reject), like a busy background. */
interface Pending { deals: ExtractedDeal[]; resolve: () => void; reject: (e: Error) => void }
const pending: Pending[] = [];
let answered = 0;
vi.mock('../../../../lib/messaging/content', () => ({
  sendMessage: vi.fn((type: string, data: { deals: ExtractedDeal[] }) => {
    if (type !== 'deals.ingest') return Promise.reject(new Error('no background in this test'));
    return new Promise<unknown>((resolve, reject) => {
      pending.push({ deals: data.deals, resolve: () => { answered++; resolve({ added: data.deals.length, updated: 0, unchanged: 0, rejected: [] }); }, reject });
    });
  }),
}));
const { startReader } = await import('../../../../entrypoints/crm.content/reader');

const N = 3500; // 4 messages of up to 1000 deals
const adapter: CrmAdapter = {
  id: 'salesforce', label: 'Salesforce', matches: () => true, pageKind: () => 'list',
  extract(_root: ParentNode, _url: URL, o?: ExtractOptions): ExtractResult {
    const from = o?.rows?.from ?? 0;
    const to = Math.min(N, o?.rows ? from + o.rows.count : N);
    const deals: ExtractedDeal[] = [];
    for (let i = from; i < to; i++) deals.push({ crm: 'salesforce', sourceId: `r${i}`, name: `Deal ${i}`, status: 'open' });
    return { deals, warnings: [], rowCount: N };
  },
};

describe('reader sending a big first read', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    pending.length = 0;
    answered = 0;
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  it('keeps two messages in flight, never more, and counts every deal sent once answered', async () => {
    const reader = startReader(ctx, { adapters: [adapter] });
    await vi.waitFor(() => expect(pending).toHaveLength(2), { timeout: 5000 });
    // The second batch went out before the first was stored; the third waits for an answer.
    await new Promise((r) => setTimeout(r, 50));
    expect(pending).toHaveLength(2);
    pending[0]!.resolve();
    await vi.waitFor(() => expect(pending).toHaveLength(3));
    expect(pending).toHaveLength(3);
    for (let i = 1; i < 4; i++) {
      await vi.waitFor(() => expect(pending.length).toBeGreaterThan(i));
      pending[i]!.resolve();
    }
    await vi.waitFor(() => expect(reader.status.get().lastSentAt).not.toBeNull());
    expect(pending.flatMap((p) => p.deals.map((d) => d.sourceId))).toEqual(Array.from({ length: N }, (_, i) => `r${i}`));
    await vi.waitFor(() => expect(answered).toBe(4));
    // Everything was stored: a re-read sends nothing.
    reader.rescan();
    await new Promise((r) => setTimeout(r, 700));
    expect(pending).toHaveLength(4);
  });

  it('a batch the background refused is sent again by the next read; stored ones are not', async () => {
    const reader = startReader(ctx, { adapters: [adapter] });
    await vi.waitFor(() => expect(pending).toHaveLength(2), { timeout: 5000 });
    pending[0]!.resolve();
    pending[1]!.reject(new Error('background asleep'));
    await vi.waitFor(() => expect(reader.status.get().error).toBe('background asleep'));
    for (const p of pending.slice(2)) p.resolve();
    const before = pending.length;
    reader.rescan();
    await vi.waitFor(() => expect(pending.length).toBeGreaterThan(before), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 50));
    const again = pending.slice(before).flatMap((p) => p.deals.map((d) => d.sourceId));
    // The refused batch (r1000..r1999) is among what is sent again; the stored first batch is not.
    expect(again).toContain('r1000');
    expect(again).toContain('r1999');
    expect(again).not.toContain('r0');
    expect(again).not.toContain('r999');
    for (const p of pending.slice(before)) p.resolve();
  });
});
