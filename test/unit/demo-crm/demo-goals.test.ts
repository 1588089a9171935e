import { describe, expect, it } from 'vitest';
import { backupSchema } from '../../../lib/domain/backup';
import { buildReport } from '../../../lib/report';
import { demoBackup } from '../../../scripts/demo-crm/backup';
import { DEMO_REPS } from '../../../scripts/demo-crm/data';
import { generateDemoDeals } from '../../../scripts/demo-crm/generate';

/**
 * `npm start` seeds the demo goals through the import path, so a newcomer sees goal pace and
 * goal talking points. Here: the seed is a valid backup, and the real engine gives every goal a
 * target and a status on the demo's own deals (a relative target with no baseline would show "—").
 */
const today = '2026-11-27';
const deals = generateDemoDeals({ today });

describe('demo goals', () => {
  const backup = backupSchema.parse(demoBackup(deals, { exportedAt: `${today}T09:00:00.000Z`, today }));

  it('are the guide example (team revenue with two drivers) and a revenue goal per rep, this quarter', () => {
    const team = backup.goals.filter((g) => g.scope === 'team');
    const main = team.find((g) => g.parentId === null);
    expect(main).toMatchObject({ metric: 'revenueWon', target: { kind: 'relative', percent: 10 }, period: '2026-Q4' });
    expect(team.filter((g) => g.parentId === main?.id).map((g) => g.metric).sort()).toEqual(['avgDealSize', 'newCustomers']);
    const reps = backup.goals.filter((g) => g.scope === 'rep');
    expect(reps.map((g) => g.owner).sort()).toEqual(DEMO_REPS.map((r) => r.name).sort());
    expect(new Set(backup.goals.map((g) => g.id)).size).toBe(backup.goals.length);
  });

  it('the seed for npm start has goals and rates but no deals (the sidebar reads those)', () => {
    const seed = backupSchema.parse(demoBackup([], { exportedAt: `${today}T09:00:00.000Z`, today }));
    expect(seed.deals).toEqual([]);
    expect(seed.goals).toHaveLength(backup.goals.length);
    expect(seed.settings.fxRates.TWD).toBeGreaterThan(0);
  });

  it('resolve to targets and statuses on the demo deals, with goals ahead and behind', () => {
    const data = { deals: backup.deals, observations: backup.observations, goals: backup.goals, csat: [], settings: backup.settings };
    const team = buildReport(data, { today, period: '2026-Q4', owner: null });
    const teamGoals = team.scopes.find((s) => s.scope === 'team')?.goals ?? [];
    expect(teamGoals).toHaveLength(3);
    for (const g of teamGoals) {
      expect(g.target, g.metric).not.toBeNull();
      expect(g.status, g.metric).not.toBeNull();
    }
    const statuses = DEMO_REPS.map((rep) => {
      const r = buildReport(data, { today, period: '2026-Q4', owner: rep.name });
      const goal = r.scopes.find((s) => s.scope === 'rep')?.goals[0];
      expect(goal?.target, rep.name).toBeGreaterThan(0);
      return goal?.status;
    });
    expect(new Set(statuses).size).toBeGreaterThan(1);
  });

  it('without a date the backup has no goals (older callers unchanged)', () => {
    expect(demoBackup(deals, { exportedAt: `${today}T09:00:00.000Z` }).goals).toEqual([]);
  });
});
