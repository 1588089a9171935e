import { goalSchema, type Goal } from '../domain/goal';
import type { PacerDb } from './app-db';

/** Goals of an owner (null = team goals) and/or a period label; all when no filter. */
export async function listGoals(db: PacerDb, filter: { owner?: string | null; period?: string } = {}): Promise<Goal[]> {
  const { owner, period } = filter;
  const rows = period !== undefined ? await db.goals.where('period').equals(period).toArray() : await db.goals.toArray();
  return rows
    .filter((g) => owner === undefined || g.owner === owner)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function saveGoal(db: PacerDb, goal: Goal): Promise<Goal> {
  const g = goalSchema.parse(goal);
  await db.goals.put(g);
  return g;
}

/** Deleting a goal detaches its drivers (parentId → null) so no goal points at nothing. */
export async function deleteGoal(db: PacerDb, id: string): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    await db.goals.delete(id);
    await db.goals.filter((g) => g.parentId === id).modify({ parentId: null });
  });
}
