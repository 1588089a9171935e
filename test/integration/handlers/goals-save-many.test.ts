import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setupGoalsCrud } from '../../../entrypoints/background/handlers/goals-crud';
import type { PacerDb } from '../../../lib/db/app-db';
import { GOAL_SET_INVALID, goalSetProblems } from '../../../lib/db/goals';
import type { Goal } from '../../../lib/domain/goal';
import { freshDb } from '../support/db';
import { send } from '../support/messages';

let db: PacerDb;
let stop: () => void = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  stop = setupGoalsCrud(db);
});
afterEach(() => stop());

const goal = (o: Partial<Goal>): Goal => ({
  id: 'g-main', scope: 'team', owner: null, metric: 'revenueWon', target: { kind: 'relative', percent: 10 },
  period: '2026-Q4', parentId: null, createdAt: '2026-11-01T00:00:00.000Z', ...o,
});
const main = goal({});
const driverA = goal({ id: 'g-a', metric: 'newCustomers', target: { kind: 'absolute', value: 20 }, parentId: 'g-main' });
const driverB = goal({ id: 'g-b', metric: 'winRate', target: { kind: 'absolute', value: 0.3 }, parentId: 'g-main' });
const ids = async () => (await db.goals.toArray()).map((g) => g.id).sort();

describe('goals.saveMany', () => {
  it('stores a goal with its drivers in one go, parents before or after their drivers', async () => {
    const saved = await send('goals.saveMany', { goals: [driverA, main, driverB] });
    expect(saved.map((g) => g.id)).toEqual(['g-a', 'g-main', 'g-b']);
    expect(await ids()).toEqual(['g-a', 'g-b', 'g-main']);
    expect((await db.goals.get('g-b'))?.parentId).toBe('g-main');
  });

  it('accepts drivers of a goal that is already stored', async () => {
    await send('goals.saveMany', { goals: [main] });
    await send('goals.saveMany', { goals: [driverA] });
    expect(await ids()).toEqual(['g-a', 'g-main']);
  });

  it('writes nothing when one member points at a goal that does not exist', async () => {
    await db.goals.put(goal({ id: 'g-old', metric: 'dealsWon', target: { kind: 'absolute', value: 5 } }));
    const orphan = goal({ id: 'g-c', metric: 'dealsWon', target: { kind: 'absolute', value: 9 }, parentId: 'g-gone' });
    // The edited stored goal would change too if the set were written one by one.
    const edited = goal({ id: 'g-old', metric: 'dealsWon', target: { kind: 'absolute', value: 50 } });
    await expect(send('goals.saveMany', { goals: [main, driverA, edited, orphan] })).rejects.toThrow(GOAL_SET_INVALID);
    expect(await ids()).toEqual(['g-old']);
    expect((await db.goals.get('g-old'))?.target).toEqual({ kind: 'absolute', value: 5 });
  });

  it('writes nothing for an invalid member, a repeated id or a cycle', async () => {
    const badOwner = { ...driverA, scope: 'rep', owner: null };
    await expect(send('goals.saveMany', { goals: [main, badOwner] })).rejects.toThrow(/rejected goals\.saveMany/);
    await expect(send('goals.saveMany', { goals: [main, driverA, { ...driverA, target: { kind: 'absolute', value: 1 } }] })).rejects.toThrow(GOAL_SET_INVALID);
    await expect(send('goals.saveMany', { goals: [{ ...main, parentId: 'g-a' }, driverA] })).rejects.toThrow(GOAL_SET_INVALID);
    await expect(send('goals.saveMany', { goals: [] })).rejects.toThrow(/rejected/);
    expect(await ids()).toEqual([]);
  });

  it('says which goal is wrong and why', async () => {
    const stored = new Map([['g-s', goal({ id: 'g-s', parentId: 'g-x' })], ['g-x', goal({ id: 'g-x', parentId: null })]]);
    const lookup = async (id: string) => stored.get(id);
    expect(await goalSetProblems([driverA, main], lookup)).toEqual([]);
    expect(await goalSetProblems([driverA], lookup)).toEqual(['g-a: parent g-main does not exist']);
    expect(await goalSetProblems([goal({ id: 'g-x', parentId: 'g-s' })], lookup)).toEqual(['g-x: is its own ancestor']);
    expect(await goalSetProblems([main, main], lookup)).toEqual(['g-main: twice in the set']);
  });
});
