import type { PacerDb } from '../../../lib/db/app-db';
import { loadEngineData } from '../../../lib/db/engine-data';
import { getSettings } from '../../../lib/db/settings';
import type { Goal } from '../../../lib/domain/goal';
import { handle } from '../../../lib/messaging/handle';
import type { SmartCheck, StageSeen } from '../../../lib/messaging/protocol';
import { periodsBefore, previousPeriod, resolvePeriod } from '../../../lib/periods';
import { checkGoal } from '../../../lib/report';
import { localToday } from './view-sidebar';
import { teardown } from './write';

/**
 * `goals.check`: the SMART check of a goal being edited, against the stored history. Loads only
 * the dates it needs (indexed): the four periods of the goal's kind before it (Achievable), the
 * previous period (a relative target's baseline) and the goal's own period.
 */
export async function checkGoalInDb(db: PacerDb, goal: Goal, today: string): Promise<SmartCheck> {
  const settings = await getSettings(db);
  let start: string;
  let end: string;
  try {
    const range = resolvePeriod(goal.period, settings);
    const before = periodsBefore(range, 4, settings);
    start = [previousPeriod(range, settings).start, ...before.map((p) => p.start)].reduce((a, b) => (a < b ? a : b));
    end = range.end > today ? range.end : today;
  } catch {
    // An unreadable period fails T; nothing to load for the other letters.
    start = today;
    end = today;
  }
  const data = await loadEngineData(db, { start, end, today });
  return checkGoal(data, goal, today);
}

/**
 * Stage labels of stored deals per CRM, for the stage → status table. There is no stage index
 * (no hot path needs one), so this walks the deals once: the options page asks on open only.
 */
export async function stagesSeen(db: PacerDb): Promise<StageSeen[]> {
  const counts = new Map<string, StageSeen>();
  await db.deals.each((d) => {
    const stage = d.stage?.trim();
    if (!stage) return;
    const key = `${d.crm}\u0000${stage}`;
    const row = counts.get(key);
    if (row) row.deals++;
    else counts.set(key, { crm: d.crm, stage, deals: 1 });
  });
  return [...counts.values()].sort((a, b) => (a.crm === b.crm ? b.deals - a.deals : a.crm < b.crm ? -1 : 1));
}

export function setupGoalsCheck(db: PacerDb): () => void {
  return teardown([
    handle('goals.check', ({ goal, today }) => checkGoalInDb(db, goal, today ?? localToday())),
    handle('deals.stages', () => stagesSeen(db)),
  ]);
}
