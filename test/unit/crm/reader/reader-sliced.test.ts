// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CrmAdapter, ExtractOptions, ExtractResult, RowSlice } from '../../../../lib/crm/contract';
import type { ExtractedDeal } from '../../../../lib/domain/deal';

const sent: { type: string; data: unknown }[] = [];
vi.mock('../../../../lib/messaging/content', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'settings.get' || type === 'mappings.forUrl') throw new Error('no background in this test');
    return { added: 0, updated: 0, unchanged: 0, rejected: [] };
  }),
}));
const { startReader } = await import('../../../../entrypoints/crm.content/reader');

/** A reader that honours the row-slice contract over `tr[data-id]` rows (name + amount cells). */
const slices: (RowSlice | undefined)[] = [];
const memos: unknown[] = [];
let onSlice: ((n: number) => void) | null = null;
const adapter: CrmAdapter = {
  id: 'salesforce', label: 'Salesforce', matches: () => true, pageKind: () => 'list',
  extract(root: ParentNode, _url: URL, o?: ExtractOptions): ExtractResult {
    slices.push(o?.rows);
    memos.push(o?.memo);
    onSlice?.(slices.length);
    const rows = Array.from(root.querySelectorAll('tr[data-id]'));
    const from = o?.rows?.from ?? 0;
    const picked = rows.slice(from, o?.rows ? from + o.rows.count : rows.length);
    const deals = picked.map((r): ExtractedDeal => ({ crm: 'salesforce', sourceId: r.getAttribute('data-id')!, name: r.children[0]!.textContent!, amount: Number(r.children[1]!.textContent), status: 'open' }));
    return { deals, warnings: ['No close date column.'], rowCount: rows.length };
  },
};

const ingests = () => sent.filter((s) => s.type === 'deals.ingest').map((s) => (s.data as { deals: ExtractedDeal[] }).deals);

function page(n: number, prefix = 'r'): void {
  const table = document.createElement('table');
  for (let i = 0; i < n; i++) {
    const tr = document.createElement('tr');
    tr.setAttribute('data-id', `${prefix}${i}`);
    const name = document.createElement('td');
    name.textContent = `Deal ${i}`;
    const amount = document.createElement('td');
    amount.textContent = String(i);
    tr.append(name, amount);
    table.append(tr);
  }
  const clock = document.createElement('span');
  clock.id = 'clock';
  document.body.replaceChildren(clock, table);
}

describe('reader with a slicing reader', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    sent.length = 0;
    slices.length = 0;
    memos.length = 0;
    onSlice = null;
    page(3000);
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx.abort();
    history.replaceState(null, '', '/lightning/o/Opportunity/list?filterName=Recent');
  });

  it('reads a 3000-row list in slices, sends every deal once in chunks, warnings once', async () => {
    const reader = startReader(ctx, { adapters: [adapter] });
    await vi.waitFor(() => expect(reader.status.get().lastSentAt).not.toBeNull(), { timeout: 5000 });
    await vi.waitFor(() => expect(ingests().flat()).toHaveLength(3000));
    expect(ingests().length).toBeGreaterThan(1);
    expect(new Set(ingests().flat().map((d) => d.sourceId)).size).toBe(3000);
    expect(slices[0]).toEqual({ from: 0, count: 0 });
    expect(slices.length).toBeGreaterThan(3);
    expect(reader.status.get()).toMatchObject({ dealsOnPage: 3000, rowsRead: 3000, warnings: ['No close date column.'] });
  });

  it('a clock ticking outside the list reads nothing; an element added outside only probes; a swapped list is read', async () => {
    startReader(ctx, { adapters: [adapter] });
    await vi.waitFor(() => expect(ingests().flat()).toHaveLength(3000), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    const before = slices.length;
    for (let i = 0; i < 5; i++) {
      document.getElementById('clock')!.textContent = `12:00:0${i}`;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(slices.length).toBe(before);

    document.body.append(document.createElement('i'));
    await new Promise((r) => setTimeout(r, 600));
    expect(slices.slice(before)).toEqual([{ from: 0, count: 0 }]);
    expect(ingests().flat()).toHaveLength(3000);

    page(20, 'new'); // an SPA showing another list view at the same URL
    await vi.waitFor(() => expect(ingests().flat()).toHaveLength(3020), { timeout: 2000 });
  });

  it('a page still changing before the first read is read once, not again right after', async () => {
    startReader(ctx, { adapters: [adapter] });
    // Before the first read starts (it waits for settings): no rows known yet, so this asks for a read.
    document.getElementById('clock')!.textContent = '12:00:01';
    await vi.waitFor(() => expect(ingests().flat()).toHaveLength(3000), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(slices.filter((s) => s?.count === 0)).toHaveLength(1);
  });

  it('rows that keep changing every 100 ms are still re-read within the max wait', async () => {
    startReader(ctx, { adapters: [adapter] });
    await vi.waitFor(() => expect(ingests().flat()).toHaveLength(3000), { timeout: 5000 });
    const cell = document.querySelector('tr[data-id="r7"] td:nth-child(2)')!;
    const sends = ingests().length;
    const started = Date.now();
    let k = 0;
    while (ingests().length === sends && Date.now() - started < 4500) {
      cell.textContent = String(1000 + k++);
      await new Promise((r) => setTimeout(r, 100));
    }
    const last = ingests().at(-1)!;
    expect(last).toHaveLength(1);
    expect(last[0]!.sourceId).toBe('r7');
    expect(Date.now() - started).toBeLessThan(4500);
  }, 10_000);

  it('the probe and slices of a read share one memo; a change in the rows between slices drops it, a clock tick does not', async () => {
    onSlice = (n) => {
      if (n === 3) document.getElementById('clock')!.textContent = '12:00:01';
      if (n === 5) document.querySelector('tr[data-id="r1"] td')!.textContent = 'Renamed';
    };
    startReader(ctx, { adapters: [adapter] });
    await vi.waitFor(() => expect(ingests().flat().length).toBeGreaterThanOrEqual(3000), { timeout: 5000 });
    expect(memos[0]).toBeInstanceOf(Map);
    // Slices 1-5 (probe included) share the memo; the change after slice 5 gives slice 6 a new one.
    expect(new Set(memos.slice(0, 5)).size).toBe(1);
    expect(memos[5]).toBeInstanceOf(Map);
    expect(memos[5]).not.toBe(memos[4]);
  });

  it('in-app navigation mid-read stops the old read (nothing of it sent) and reads the new page', async () => {
    // The user switches list view (an in-app navigation) while the third slice is being read.
    onSlice = (n) => {
      if (n !== 3) return;
      history.pushState(null, '', '/lightning/o/Opportunity/list?filterName=Mine');
      queueMicrotask(() => page(5, 'nav'));
    };
    startReader(ctx, { adapters: [adapter] });
    await vi.waitFor(() => expect(ingests().flat().map((d) => d.sourceId)).toEqual(['nav0', 'nav1', 'nav2', 'nav3', 'nav4']), { timeout: 3000 });
  });
});
