import type { RowSlice } from '../../lib/crm/contract';
import type { PageExtraction } from '../../lib/crm/extract-core';
import type { ExtractedDeal } from '../../lib/domain/deal';

/**
 * A page read split into slices of rows (the row-slice contract, lib/crm/contract.ts `rows` →
 * `rowCount`), each its own task, so a 10k-row list never blocks the CRM's main thread for a
 * long task (> 50 ms, issue #10 measure 8). Slices are sized by the time the last one took.
 */
/** One slice as extractWith returns it; `rowCount` absent = the reader read the whole page at once. */
export type SliceExtraction = PageExtraction;
export type ReadSlice = (rows: RowSlice) => SliceExtraction;

export interface SliceTuning {
  /** Aim for this much work per slice: far below 50 ms, with room for a machine 3x slower. */
  budgetMs: number;
  /** Rows in the first slice, before any rate is known: small enough for a very slow machine (2 ms a row). */
  firstCount: number;
  maxCount: number;
}
export const TUNING: SliceTuning = { budgetMs: 12, firstCount: 10, maxCount: 4000 };

/**
 * Rows for the next slice: a slice costs `overheadMs` (finding the rows, mapping the header; the
 * zero-row probe measures it) plus a per-row rate measured on the last slice. At most doubles,
 * at least one row (progress even when the overhead alone exceeds the budget).
 */
export function nextCount(last: number, elapsedMs: number, overheadMs: number, t: SliceTuning = TUNING): number {
  const perRow = Math.max(elapsedMs - overheadMs, elapsedMs / 4, 0.001) / Math.max(last, 1);
  const rowBudget = Math.max(t.budgetMs - overheadMs, t.budgetMs / 3);
  return Math.max(1, Math.min(t.maxCount, last * 2, Math.floor(rowBudget / perRow)));
}

type Scheduler = { yield?: () => Promise<void> };
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Gives the page's own tasks (input, rendering, its timers) a turn: `scheduler.yield()` where
 * the browser has it, else a MessageChannel message (a macrotask without setTimeout's clamping).
 */
export function yieldToHost(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel !== 'function') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((r) => {
    waiting.push(r);
    channel!.port2.postMessage(0);
  });
}

/**
 * Collects slices into one page read: deals merged by crm + sourceId (the first wins, as in one
 * whole read: a record shown twice comes once per slice it is in), warnings once each.
 */
export class SliceMerge {
  readonly deals = new Map<string, ExtractedDeal>();
  readonly warnings = new Set<string>();
  constructor(readonly head: SliceExtraction) {
    this.add(head);
  }

  add(r: SliceExtraction): void {
    for (const d of r.deals) {
      const key = `${d.crm}:${d.sourceId}`;
      if (!this.deals.has(key)) this.deals.set(key, d);
    }
    for (const w of r.warnings) this.warnings.add(w);
  }

  result(): SliceExtraction {
    return { ...this.head, deals: [...this.deals.values()], warnings: [...this.warnings] };
  }
}

export interface SlicedReadHooks {
  now: () => number;
  /** Between slices; resolves when the page had its turn. */
  pause: () => Promise<void>;
  /** True once the read is moot (navigation, a newer read, the extension context gone). */
  aborted: () => boolean;
  tuning?: SliceTuning;
}

/**
 * Reads rows [0, rowCount) slice by slice after `probe` (the zero-row slice the caller already
 * made: it has the row count and the per-slice overhead). Null when aborted, or when the page
 * changed reader or kind mid-read (the caller starts over).
 */
export async function readSlices(read: ReadSlice, probe: SliceExtraction, probeMs: number, h: SlicedReadHooks): Promise<SliceExtraction | null> {
  const merge = new SliceMerge(probe);
  let total = probe.rowCount ?? 0;
  let count = Math.min(h.tuning?.firstCount ?? TUNING.firstCount, total);
  let overhead = probeMs;
  for (let from = 0; from < total;) {
    await h.pause();
    if (h.aborted()) return null;
    const t0 = h.now();
    const r = read({ from, count });
    const elapsed = h.now() - t0;
    if (r.adapter !== probe.adapter || r.pageKind !== probe.pageKind || r.rowCount === undefined) return null;
    merge.add(r);
    from += count;
    // Rows added or removed while reading: go on to the current end.
    total = r.rowCount;
    // A cold first call (the probe) overstates the fixed cost: no slice costs less than it.
    overhead = Math.min(overhead, elapsed);
    count = nextCount(count, elapsed, overhead, h.tuning);
  }
  return merge.result();
}
