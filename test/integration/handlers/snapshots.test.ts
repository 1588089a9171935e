import { freshDb } from '../support/db';
import { send } from '../support/messages';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PacerDb } from '../../../lib/db/app-db';
import { loadEngineData } from '../../../lib/db/engine-data';
import { localDate } from '../../../lib/db/snapshots';
import { applyImport } from '../../../lib/export/import';
import { buildReport } from '../../../lib/report';
import { DAILY_SNAPSHOT_ALARM, setupSnapshots } from '../../../entrypoints/background/handlers/snapshots';
import { setupData } from '../../../entrypoints/background/handlers/data';

const sampleText = readFileSync(new URL('../../fixtures/backups/sample-backup.json', import.meta.url), 'utf8');
let db: PacerDb;
let stop: (() => void)[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await applyImport(db, sampleText);
  stop = [setupSnapshots(db), setupData(db)];
});
afterEach(() => stop.forEach((s) => s()));

describe('snapshots', () => {
  it('ensureToday writes one automatic set a day (team + each owner × month, quarter, year)', async () => {
    const n = await send('snapshots.ensureToday', { today: '2026-11-27' });
    const report = buildReport(await loadEngineData(db, { start: '2025-01-01', end: '2026-12-31', today: '2026-11-27' }), { today: '2026-11-27', period: '2026-Q4' });
    expect(n).toBe(3 * report.scopes.length);
    expect(await send('snapshots.ensureToday', { today: '2026-11-27' })).toBe(0);
    const team = await send('snapshots.list', { owner: null });
    expect(team.map((s) => s.period.label)).toEqual(expect.arrayContaining(['2026-11', '2026-Q4', 'FY2026']));
    const q4 = team.find((s) => s.period.label === '2026-Q4');
    expect(q4?.kpis).toEqual(report.scopes[0]!.kpis);
    expect(q4).toMatchObject({ kind: 'auto', takenOn: '2026-11-27', scope: 'team', owner: null, currency: report.currency });
    const maria = await send('snapshots.list', { owner: 'Maria Chen' });
    expect(maria).toHaveLength(3);
  });

  it('popups that ask for today\u2019s snapshot while it is being computed share that one computation', async () => {
    const asks = await Promise.all([1, 2, 3].map(() => send('snapshots.ensureToday', { today: '2026-11-27' })));
    // One computation answers all three with the rows it wrote (separate ones would answer n, 0, 0).
    expect(asks[0]).toBeGreaterThan(0);
    expect(asks).toEqual([asks[0], asks[0], asks[0]]);
    expect(await db.snapshots.count()).toBe(asks[0]);
    expect(await send('snapshots.ensureToday', { today: '2026-11-27' })).toBe(0);
  });

  it('saveNow keeps labelled manual snapshots beside the automatic ones; CSV lists them all', async () => {
    await send('snapshots.ensureToday', { today: '2026-11-27' });
    const auto = (await send('snapshots.list')).length;
    const n = await send('snapshots.saveNow', { label: 'Before QBR' });
    expect(n).toBeGreaterThan(0);
    const all = await send('snapshots.list');
    expect(all).toHaveLength(auto + n);
    expect(all.filter((s) => s.kind === 'manual').every((s) => s.label === 'Before QBR')).toBe(true);
    const csv = await send('data.exportSnapshotsCsv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(all.length + 1);
  });

  it('the daily alarm is scheduled and takes today\u2019s snapshot when it fires', async () => {
    expect(await fakeBrowser.alarms.get(DAILY_SNAPSHOT_ALARM)).toMatchObject({ periodInMinutes: 60 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: DAILY_SNAPSHOT_ALARM, scheduledTime: Date.now() });
    const today = localDate(new Date());
    for (let i = 0; i < 100 && (await db.snapshots.where('takenOn').equals(today).count()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await db.snapshots.where('takenOn').equals(today).count()).toBeGreaterThan(0);
  });
});
