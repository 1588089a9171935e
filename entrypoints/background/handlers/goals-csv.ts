import type { PacerDb } from '../../../lib/db/app-db';
import { getSettings } from '../../../lib/db/settings';
import { parseGoalsCsv } from '../../../lib/goals/csv';
import { handle } from '../../../lib/messaging/handle';
import type { GoalCsvResult } from '../../../lib/messaging/protocol';
import { commit, teardown } from './write';

/**
 * `goals.importCsv`: a preview (apply: false) lists the goals a sheet makes and its per-row
 * problems; apply writes the readable rows in one transaction. Ids come from rep + period +
 * metric, so importing the same sheet again updates those goals instead of adding copies.
 */
export async function importGoalsCsv(db: PacerDb, csv: string, apply: boolean, now: Date = new Date()): Promise<GoalCsvResult> {
  const settings = await getSettings(db);
  const { goals, errors } = parseGoalsCsv(csv, { settings, now: now.toISOString() });
  if (!apply || goals.length === 0) return { goals, errors, applied: false };
  await commit(() => db.transaction('rw', db.goals, async () => {
    // An updated goal keeps its createdAt and its place among driver goals (the sheet has no parent column).
    const existing = await db.goals.bulkGet(goals.map((g) => g.id));
    await db.goals.bulkPut(goals.map((g, i) => (existing[i] ? { ...g, createdAt: existing[i].createdAt, parentId: existing[i].parentId } : g)));
  }));
  return { goals, errors, applied: true };
}

export function setupGoalsCsv(db: PacerDb): () => void {
  return teardown([handle('goals.importCsv', ({ csv, apply }) => importGoalsCsv(db, csv, apply))]);
}
