import { describe, expect, it, vi } from 'vitest';
import { ChangeTracker, createStore } from '../../../lib/crm/change-tracker';
import type { ExtractedDeal } from '../../../lib/domain/deal';

const deal = (id: string, amount: number | null, extra: Partial<ExtractedDeal> = {}): ExtractedDeal => ({ crm: 'salesforce', sourceId: id, name: `Deal ${id}`, amount, ...extra });

describe('ChangeTracker', () => {
  it('sends new and changed deals only, after commit', () => {
    const t = new ChangeTracker();
    expect(t.changed([deal('a', 1), deal('b', 2)])).toHaveLength(2);
    expect(t.changed([deal('a', 1)])).toHaveLength(1); // not committed yet: still pending
    t.commit([deal('a', 1), deal('b', 2)]);
    expect(t.changed([deal('a', 1), deal('b', 2)])).toEqual([]);
    expect(t.changed([deal('a', 1), deal('b', 3)]).map((d) => d.sourceId)).toEqual(['b']);
  });
  it('commits the deals it returned without fingerprinting them again', () => {
    const t = new ChangeTracker();
    const sent = t.changed([deal('a', 1), deal('b', 2)]);
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      t.commit(sent);
      expect(stringify).not.toHaveBeenCalled();
      t.commit([deal('c', 3)]); // never returned by changed: fingerprinted now
      expect(stringify).toHaveBeenCalledTimes(1);
    } finally {
      stringify.mockRestore();
    }
    expect(t.changed([deal('a', 1), deal('b', 2), deal('c', 3)])).toEqual([]);
  });
  it('absent and null are different fingerprints', () => {
    const t = new ChangeTracker();
    t.commit([deal('a', 1)]);
    expect(t.changed([deal('a', 1, { account: null })])).toHaveLength(1);
  });
  it('counts rows read per page across scroll batches, reset on navigation', () => {
    const t = new ChangeTracker();
    t.changed([deal('a', 1), deal('b', 1)]);
    t.changed([deal('b', 1), deal('c', 1)]);
    expect(t.rowsRead).toBe(3);
    t.newPage();
    expect(t.rowsRead).toBe(0);
  });
});

describe('createStore', () => {
  it('notifies subscribers with the merged value', () => {
    const s = createStore({ a: 1, b: 'x' });
    const seen: number[] = [];
    const off = s.subscribe((v) => seen.push(v.a));
    s.set({ a: 2 });
    off();
    s.set({ a: 3 });
    expect(seen).toEqual([1, 2]);
    expect(s.get()).toEqual({ a: 3, b: 'x' });
  });
});
