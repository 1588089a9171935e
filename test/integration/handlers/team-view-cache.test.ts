import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTeamViewCache, type SavedView, type TeamViewCacheOptions } from '../../../entrypoints/background/handlers/team-view-cache';
import { SAVED_TEAM_VIEW_KEY, sessionViewStore } from '../../../entrypoints/background/handlers/team-view-store';
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
  const countingCache = (o: TeamViewCacheOptions = {}) => {
    let n = 0;
    // The shape a saved view is checked for, and a count of the computations.
    const compute = vi.fn(async () => ({ today: '2026-11-27', rows: [], owners: [], team: {}, period: {}, totalDeals: ++n }) as unknown as TeamView);
    const cache = createTeamViewCache(compute, () => ({ today: '2026-11-27', lang: 'en' }), o);
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

  it('answers a restarted worker from the saved default view until a write a view reads, and only for its build', async () => {
    let saves = 0;
    const store = { ...sessionViewStore, save: vi.fn(async (v: SavedView) => { await sessionViewStore.save(v); saves++; }) };
    const first = countingCache({ store, build: '1.0.0' });
    expect((await first.cache.get(first.k)).totalDeals).toBe(1);
    await vi.waitFor(() => expect(saves).toBe(1));
    // Another period is not saved: only the popup's first view is worth the space.
    await first.cache.get({ ...first.k, period: '2026-Q3' });
    expect(store.save).toHaveBeenCalledTimes(1);
    first.cache.stop();
    // The worker stopped: memory is gone, storage.session is not.
    const again = countingCache({ store, build: '1.0.0' });
    expect((await again.cache.get(again.k)).totalDeals).toBe(1);
    expect(again.compute).not.toHaveBeenCalled();
    again.cache.stop();
    const updated = countingCache({ store, build: '1.0.1' });
    expect((await updated.cache.get(updated.k)).totalDeals).toBe(1);
    expect(updated.compute).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(saves).toBe(2));
    updated.cache.stop();
    await commit(async () => 1, undefined, NO_KPI);
    const afterSnapshot = countingCache({ store, build: '1.0.1' });
    expect((await afterSnapshot.cache.get(afterSnapshot.k)).totalDeals).toBe(1);
    expect(afterSnapshot.compute).not.toHaveBeenCalled();
    afterSnapshot.cache.stop();
    await write();
    const afterWrite = countingCache({ store, build: '1.0.1' });
    await afterWrite.cache.get(afterWrite.k);
    expect(afterWrite.compute).toHaveBeenCalledTimes(1);
  });

  it('ignores a saved entry of another shape', async () => {
    await fakeBrowser.storage.session.set({ [SAVED_TEAM_VIEW_KEY]: { build: '', key: '2026-11-27||en', version: 0, view: { rows: 'x' } } });
    const { cache, k, compute } = countingCache({ store: sessionViewStore });
    expect((await cache.get(k)).totalDeals).toBe(1);
    expect(compute).toHaveBeenCalledTimes(1);
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
      const cache = createTeamViewCache(compute, () => ({ today: '2026-11-27', lang: 'en' }), { busy: () => busy });
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
