import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PacerDb } from '../../../lib/db/app-db';
import type { Goal } from '../../../lib/domain/goal';
import { applyImport } from '../../../lib/export/import';
import { backupSchema } from '../../../lib/domain/backup';
import { checkGoal } from '../../../lib/report';
import { setupGoalsCheck } from '../../../entrypoints/background/handlers/goals-check';
import { setupGoalsCsv } from '../../../entrypoints/background/handlers/goals-csv';
import { freshDb } from '../support/db';
import { send } from '../support/messages';

const sampleText = readFileSync(new URL('../../fixtures/backups/sample-backup.json', import.meta.url), 'utf8');
const backup = backupSchema.parse(JSON.parse(sampleText));
const TODAY = '2026-11-27';
let db: PacerDb;
let stop: (() => void)[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await applyImport(db, sampleText);
  stop = [setupGoalsCheck(db), setupGoalsCsv(db)];
});
afterEach(() => stop.forEach((s) => s()));

const goal = (o: Partial<Goal>): Goal => ({
  id: 'g-new', scope: 'team', owner: null, metric: 'revenueWon', target: { kind: 'relative', percent: 10 },
  period: '2026-Q4', parentId: null, createdAt: '2026-11-01T00:00:00.000Z', ...o,
});

describe('goals.check', () => {
  it('answers the engine’s SMART check over the stored data, with the relative baseline', async () => {
    const g = goal({});
    const got = await send('goals.check', { goal: g, today: TODAY });
    const all = { deals: backup.deals, observations: backup.observations, goals: backup.goals, csat: backup.csat, settings: backup.settings };
    expect(got).toEqual(checkGoal(all, g, TODAY));
    expect(got.letters.map((l) => l.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
    expect(got.baseline?.period).toBe('2026-Q3');
    expect(got.baseline?.value).not.toBeNull();
    expect(got.resolvedTarget).toBeCloseTo(got.baseline!.value! * 1.1, 6);
  });

  it('fails T for an unreadable period without loading anything else', async () => {
    const got = await send('goals.check', { goal: goal({ period: '2026-Q9' }), today: TODAY });
    expect(got.letters.find((l) => l.letter === 'T')).toMatchObject({ ok: false, reason: 'smart.T.badPeriod' });
  });
});

describe('goals.importCsv', () => {
  const csv = 'rep,period,metric,target\n,2026-Q4,revenueWon,+10%\nMaria Chen,2026-Q4,newCustomers,20\nBo,2026-Q9,dealsWon,3\n';

  it('previews without writing, then applies the readable rows; importing again updates instead of copying', async () => {
    const before = await db.goals.count();
    const preview = await send('goals.importCsv', { csv, apply: false });
    expect(preview.applied).toBe(false);
    expect(preview.goals).toHaveLength(2);
    expect(preview.errors).toEqual([{ path: '4:period', reason: 'options.csv.err.period' }]);
    expect(await db.goals.count()).toBe(before);

    const applied = await send('goals.importCsv', { csv, apply: true });
    expect(applied.applied).toBe(true);
    expect(await db.goals.count()).toBe(before + 2);
    const stored = await db.goals.get(applied.goals[1]!.id);
    expect(stored).toMatchObject({ owner: 'Maria Chen', metric: 'newCustomers', target: { kind: 'absolute', value: 20 } });

    await send('goals.importCsv', { csv: csv.replace('newCustomers,20', 'newCustomers,25'), apply: true });
    expect(await db.goals.count()).toBe(before + 2);
    expect((await db.goals.get(applied.goals[1]!.id))?.target).toEqual({ kind: 'absolute', value: 25 });
    expect((await db.goals.get(applied.goals[1]!.id))?.createdAt).toBe(stored!.createdAt);
  });
});

describe('deals.stages', () => {
  it('lists each CRM’s stage labels with deal counts', async () => {
    const stages = await send('deals.stages');
    const expected = new Map<string, number>();
    for (const d of backup.deals) if (d.stage?.trim()) expected.set(`${d.crm}|${d.stage.trim()}`, (expected.get(`${d.crm}|${d.stage.trim()}`) ?? 0) + 1);
    expect(new Map(stages.map((s) => [`${s.crm}|${s.stage}`, s.deals]))).toEqual(expected);
  });
});
