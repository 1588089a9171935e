import { browser } from 'wxt/browser';
import type { PacerDb } from '../../../lib/db/app-db';
import { ensureTodaySnapshot, listSnapshots, saveSnapshotNow } from '../../../lib/db/snapshots';
import { handle } from '../../../lib/messaging/handle';
import { commit, NO_KPI, teardown } from './write';

export const DAILY_SNAPSHOT_ALARM = 'pacer-daily-snapshot';

/**
 * The alarm fires hourly and takes today's automatic snapshot only when it is missing, so a
 * browser opened at any time of day gets one within the hour and never more than one a day.
 */
export async function scheduleDailySnapshot(): Promise<void> {
  await browser.alarms.create(DAILY_SNAPSHOT_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
}

export function setupSnapshots(db: PacerDb): () => void {
  // With 100k deals a day's snapshot takes seconds to compute; popups opened meanwhile (each asks
  // for it) and the alarm share that one computation instead of queueing more of them.
  const running = new Map<string, Promise<number>>();
  const ensure = (today?: string): Promise<number> => {
    const key = today ?? '';
    const inFlight = running.get(key);
    if (inFlight) return inFlight;
    const p = commit(() => ensureTodaySnapshot(db, new Date(), today), (n) => n > 0, NO_KPI).finally(() => running.delete(key));
    running.set(key, p);
    return p;
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === DAILY_SNAPSHOT_ALARM) ensure().catch((e: unknown) => console.warn('[pacer] daily snapshot failed', e));
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void scheduleDailySnapshot();
  return teardown([
    handle('snapshots.list', (req) => listSnapshots(db, req?.owner)),
    handle('snapshots.saveNow', ({ label }) => commit(() => saveSnapshotNow(db, label), (n) => n > 0, NO_KPI)),
    handle('snapshots.ensureToday', (req) => ensure(req?.today)),
    () => browser.alarms.onAlarm.removeListener(onAlarm),
  ]);
}
