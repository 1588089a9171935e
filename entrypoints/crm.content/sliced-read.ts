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
// 8 ms: a scavenge of the young generation landing in a slice adds 10-40 ms on the 10k-row bench
// page (a Chromium trace), and 12 ms slices with one were 52-68 ms long tasks.
export const TUNING: SliceTuning = { budgetMs: 8, firstCount: 10, maxCount: 4000 };

/**
 * Rows for the next slice: a slice costs a fixed `overheadMs` (finding the rows, mapping the
 * header, sampling the table) plus a per-row rate measured on the last slice. At most doubles; at
 * least `floor` rows, so a page whose fixed cost per slice alone exceeds the budget (a huge page,
 * a loaded machine) is still read in a bounded number of slices, each as short as it can be.
 * `slowerPerRow`: a slower rate seen lately, which sizes the slice instead when given.
 */
export function nextCount(last: number, elapsedMs: number, overheadMs: number, floor = 1, t: SliceTuning = TUNING, slowerPerRow = 0): number {
  const perRow = Math.max((elapsedMs - overheadMs) / Math.max(last, 1), slowerPerRow, 0.0001 / Math.max(last, 1));
  // A fixed cost near or over the budget makes every slice long whatever its size: then rows may
  // cost as much as the fixed part, so the read ends in few slices (total ~2x one whole read).
  const rowBudget = overheadMs < t.budgetMs / 2 ? t.budgetMs - overheadMs : Math.max(t.budgetMs / 2, overheadMs);
  return Math.max(floor, 1, Math.min(t.maxCount, last * 2, Math.floor(rowBudget / perRow)));
}

/**
 * The fixed cost of a slice from the last two (count, ms): a line through them when their sizes
 * differ (a slice that reads rows may cost more than the zero-row probe: value sampling, style
 * checks), else the cheapest seen. Never negative, never above the cheaper slice.
 */
export function fixedCost(a: [number, number], b: [number, number], known: number): number {
  if (a[0] === b[0]) return Math.min(known, a[1], b[1]);
  const rate = Math.max(0, (b[1] - a[1]) / (b[0] - a[0]));
  return Math.max(0, Math.min(a[1], b[1], a[1] - rate * a[0]));
}

/** No read takes more slices than this (see nextCount's floor). */
export const MAX_SLICES = 200;

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
  let prev: [number, number] = [0, probeMs];
  const recent: number[] = [];
  // Per-row costs of the last slices: the same rows cost 3x more in one slice than the next on
  // the bench page (first-touched elements, a collection), so slices are sized for the slowest.
  const rates: number[] = [];
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
    // The lowest of the last three estimates: a real fixed cost shows in every pair of slices,
    // while one slice slowed by a GC or first-touched elements fakes a large one, which would size
    // the next slices for it (50-60 ms slices on the 10k-row bench page, each a long task).
    recent.push(fixedCost(prev, [count, elapsed], recent.at(-1) ?? overhead));
    if (recent.length > 3) recent.shift();
    overhead = Math.min(...recent);
    prev = [count, elapsed];
    rates.push(Math.max(0, elapsed - overhead) / Math.max(count, 1));
    if (rates.length > 3) rates.shift();
    count = nextCount(count, elapsed, overhead, Math.ceil(total / MAX_SLICES), h.tuning, Math.max(...rates));
  }
  return merge.result();
}
