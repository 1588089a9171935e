import type { PacerDb } from '../../../lib/db/app-db';
import { deleteGoal, listGoals, saveGoal, saveGoals } from '../../../lib/db/goals';
import { handle } from '../../../lib/messaging/handle';
import { commit, teardown } from './write';

/** Goal storage; the SMART check and CSV import live with the goals engine (goals.check, goals.importCsv). */
export function setupGoalsCrud(db: PacerDb): () => void {
  return teardown([
    handle('goals.list', (req) => listGoals(db, req ?? {})),
    handle('goals.save', (goal) => commit(() => saveGoal(db, goal))),
    handle('goals.saveMany', ({ goals }) => commit(() => saveGoals(db, goals))),
    handle('goals.delete', ({ id }) => commit(() => deleteGoal(db, id))),
  ]);
}
