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

/** i18n key (options area): a goal set whose drivers point at goals that are not there. */
export const GOAL_SET_INVALID = 'options.goals.setInvalid';

/** A rejected goal set: nothing of it was written. `problems` say which goal and why (for logs and tests). */
export class GoalSetError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(GOAL_SET_INVALID);
    this.name = 'GoalSetError';
  }
}

const MAX_DEPTH = 50;

/**
 * Why a set of goals cannot be stored together: duplicate ids, a parent that is neither in the
 * set nor stored, a goal that is its own ancestor. `storedGoal` looks a goal up in the database.
 */
export async function goalSetProblems(goals: readonly Goal[], storedGoal: (id: string) => Promise<Goal | undefined>): Promise<string[]> {
  const problems: string[] = [];
  const inSet = new Map<string, Goal>();
  for (const g of goals) {
    if (inSet.has(g.id)) problems.push(`${g.id}: twice in the set`);
    inSet.set(g.id, g);
  }
  const lookup = async (id: string) => inSet.get(id) ?? (await storedGoal(id));
  for (const g of goals) {
    if (g.parentId === null) continue;
    if (!(await lookup(g.parentId))) { problems.push(`${g.id}: parent ${g.parentId} does not exist`); continue; }
    // Walk up: a goal must not end up driving itself (directly or through the stored goals).
    let at: string | null = g.parentId;
    for (let depth = 0; at !== null && depth < MAX_DEPTH; depth++) {
      if (at === g.id) { problems.push(`${g.id}: is its own ancestor`); break; }
      at = (await lookup(at))?.parentId ?? null;
    }
  }
  return problems;
}

/**
 * Saves a goal and its drivers together (goals.saveMany): validated against each other and the
 * stored goals inside ONE transaction, so either the whole set is stored or nothing is (saving
 * one message at a time could leave a main goal without its drivers, or drivers without it).
 */
export async function saveGoals(db: PacerDb, goals: readonly Goal[]): Promise<Goal[]> {
  const parsed = goals.map((g) => goalSchema.parse(g));
  return db.transaction('rw', db.goals, async () => {
    const problems = await goalSetProblems(parsed, (id) => db.goals.get(id));
    if (problems.length > 0) throw new GoalSetError(problems);
    await db.goals.bulkPut(parsed);
    return parsed;
  });
}
