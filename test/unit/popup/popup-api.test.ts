// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPopupApi, todayFromUrl } from '../../../entrypoints/popup/app';

/** The popup's wiring that needs no background: the remembered rep and the date it shows. */
beforeEach(() => { fakeBrowser.reset(); });

const api = () => {
  const a = createPopupApi('2026-11-27');
  // No background in this test: the requests sent at creation fail, and are not what is tested.
  a.start().catch(() => undefined);
  a.team(undefined).catch(() => undefined);
  return a;
};

describe('popup api', () => {
  it('remembers the rep under the key earlier versions used, so an update keeps it', async () => {
    await fakeBrowser.storage.local.set({ 'popup:lastRep': 'Maria Chen' });
    const a = api();
    expect(await a.lastRep()).toBe('Maria Chen');
    await a.rememberRep('Sam Lee');
    expect(await fakeBrowser.storage.local.get('popup:lastRep')).toEqual({ 'popup:lastRep': 'Sam Lee' });
    expect(await a.lastRep()).toBe('Sam Lee');
  });

  it('has no rep before one is chosen, and ignores a value that is not a name', async () => {
    expect(await api().lastRep()).toBeNull();
    await fakeBrowser.storage.local.set({ 'popup:lastRep': 42 });
    expect(await api().lastRep()).toBeNull();
  });

  it('waits for the first team view only as long as asked: not at all once it came or failed', async () => {
    const failed = api();
    const t0 = performance.now();
    await failed.firstTeamSettled(10_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
    // A background that has not answered yet: the wait ends at the time given.
    fakeBrowser.runtime.onMessage.addListener(() => new Promise(() => undefined));
    const slow = api();
    const t1 = performance.now();
    await slow.firstTeamSettled(30);
    expect(performance.now() - t1).toBeGreaterThanOrEqual(25);
    expect(slow.firstTeamIfArrived?.()).toBeNull();
  });

  it('shows ?today= when valid, else the local date', () => {
    expect(todayFromUrl('?today=2026-02-03')).toBe('2026-02-03');
    expect(todayFromUrl('?today=nope', new Date(2026, 0, 9))).toBe('2026-01-09');
  });
});
