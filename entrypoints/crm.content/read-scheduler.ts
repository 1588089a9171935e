/**
 * When to read again. Mutations come in bursts: wait until the page is quiet for `debounceMs`,
 * but never longer than `maxWaitMs` after the first request, so a page that mutates all the
 * time (a ticking clock, a live feed, every 100 ms) is still re-read every few seconds.
 *
 * Two kinds of request: `check` (something changed around the rows: confirm with a zero-row
 * probe that the list is as it was) and `read` (read every row). A `read` absorbs a `check`.
 */
export type ReadKind = 'check' | 'read';

export interface SchedulerTimers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  now: () => number;
}

export interface ReadScheduler {
  request(kind: ReadKind): void;
  /** The pending request, if any, without running it. */
  pending(): ReadKind | null;
  cancel(): void;
}

export const DEBOUNCE_MS = 400;
export const MAX_WAIT_MS = 3000;

export function createReadScheduler(run: (kind: ReadKind) => void, t: SchedulerTimers, debounceMs = DEBOUNCE_MS, maxWaitMs = MAX_WAIT_MS): ReadScheduler {
  let kind: ReadKind | null = null;
  let firstAt = 0;
  let timer: unknown = null;

  const fire = () => {
    timer = null;
    const k = kind;
    kind = null;
    if (k) run(k);
  };

  return {
    request(k) {
      if (kind === null) firstAt = t.now();
      kind = kind === 'read' || k === 'read' ? 'read' : 'check';
      if (timer !== null) t.clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - t.now()));
      timer = t.setTimeout(fire, wait);
    },
    pending: () => kind,
    cancel() {
      if (timer !== null) t.clearTimeout(timer);
      timer = null;
      kind = null;
    },
  };
}
