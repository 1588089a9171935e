import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTeamViewCache } from '../../../entrypoints/background/handlers/team-view-cache';
import type { TeamView } from '../../../lib/domain/views';
import { commit, NO_KPI } from '../../../entrypoints/background/handlers/write';
import { getDataVersion } from '../../../lib/messaging/data-version';

/** view.team's cache: one computation per request and version of its inputs; recomputed after a write. */
const write = () => commit(async () => 1);
describe('team view cache', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => stop());
  /** A cache whose views count the computations (totalDeals = 1, 2, …), and the default key. */
  const countingCache = () => {
    let n = 0;
    const compute = vi.fn(async () => ({ totalDeals: ++n }) as unknown as TeamView);
    const cache = createTeamViewCache(compute, () => ({ today: '2026-11-27', lang: 'en' }));
    stop = cache.stop;
    return { compute, cache, k: { today: '2026-11-27', lang: 'en' } };
  };

  it('answers again from the cache until the data version changes, then computes afresh', async () => {
    const { compute, cache, k } = countingCache();
    expect((await cache.get(k)).totalDeals).toBe(1);
    expect((await cache.get(k)).totalDeals).toBe(1);
    expect((await cache.get({ ...k, period: '2026-Q3' })).totalDeals).toBe(2);
    await write();
    expect((await cache.get(k)).totalDeals).toBe(3);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps its views over writes no KPI reads (the popup\'s daily snapshot), which still tell the UIs', async () => {
    const { cache, k } = countingCache();
    expect((await cache.get(k)).totalDeals).toBe(1);
    const before = await getDataVersion();
    await commit(async () => 1, undefined, NO_KPI);
    expect(await getDataVersion()).toBe(before + 1);
    expect((await cache.get(k)).totalDeals).toBe(1);
    await commit(async () => 0, (r) => r > 0);
    expect((await cache.get(k)).totalDeals).toBe(1);
    await write();
    expect((await cache.get(k)).totalDeals).toBe(2);
  });

  it('does not keep a failed computation', async () => {
    const compute = vi.fn().mockRejectedValueOnce(new Error('db closed')).mockResolvedValue({ totalDeals: 7 } as unknown as TeamView);
    const cache = createTeamViewCache(compute, () => ({ today: '2026-11-27', lang: 'en' }));
    stop = cache.stop;
    await expect(cache.get({ today: '2026-11-27', lang: 'en' })).rejects.toThrow('db closed');
    expect((await cache.get({ today: '2026-11-27', lang: 'en' })).totalDeals).toBe(7);
  });
  it('recomputes this quarter after the last write, not while writes are still running', async () => {
    vi.useFakeTimers();
    try {
      let busy = true;
      const compute = vi.fn(async () => ({ totalDeals: 1 }) as unknown as TeamView);
      const cache = createTeamViewCache(compute, () => ({ today: '2026-11-27', lang: 'en' }), () => busy);
      stop = cache.stop;
      await write();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(compute).not.toHaveBeenCalled();
      busy = false;
      await vi.advanceTimersByTimeAsync(1_500);
      expect(compute).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
