/**
 * When the open sidebar asks the background for its view again after a committed write
 * (`dataVersion`). A first read of a big list commits once per `deals.ingest` message (a 50k-row
 * read: 50 commits), and every view load makes the background load the period's deals and run
 * the engine over them: one load per commit kept the service worker busy with dozens of views,
 * each bigger than the last, while the read waited for its store (the hostile 50k e2e went from
 * ~100 s to ~170 s when the messages halved in size). So: at most one load in flight; writes
 * during a load ask for ONE more afterwards; and live loads are spaced by a gap that grows with
 * how long the last one took, so views take at most ~1/(1 + gapFactor) of the background's time
 * while a read is being stored. The last write is always followed by a load: the view ends current.
 */
export interface LiveRefreshTimers {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

export interface LiveRefresh {
  /** A write was committed: load again when the gap allows (coalesced). */
  request(): void;
  cancel(): void;
}

export const MIN_GAP_MS = 1000;
export const GAP_FACTOR = 3;

export function createLiveRefresh(load: () => Promise<void>, t: LiveRefreshTimers, minGapMs = MIN_GAP_MS, gapFactor = GAP_FACTOR): LiveRefresh {
  let running = false;
  let pending = false;
  let timer: unknown = null;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let lastMs = 0;

  const schedule = (): void => {
    if (running) { pending = true; return; }
    if (timer !== null) return;
    const wait = Math.max(0, lastEnd + Math.max(minGapMs, lastMs * gapFactor) - t.now());
    timer = t.setTimeout(run, wait);
  };

  function run(): void {
    timer = null;
    running = true;
    pending = false;
    const started = t.now();
    const done = () => {
      lastEnd = t.now();
      lastMs = lastEnd - started;
      running = false;
      if (pending) schedule();
    };
    load().then(done, done);
  }

  return {
    request: schedule,
    cancel() {
      if (timer !== null) t.clearTimeout(timer);
      timer = null;
      pending = false;
    },
  };
}
