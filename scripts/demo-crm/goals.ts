import type { Goal } from '../../lib/domain/goal';
import type { FiscalSettings } from '../../lib/periods';
import { currentPeriod } from '../../lib/periods';
import { GOAL_TEMPLATES, instantiateTemplate } from '../../lib/goals/templates';
import { DEMO_REPS } from './data';

/**
 * The demo's goals for the current quarter, so a first `npm start` shows goal pace and
 * goal-driven talking points instead of an empty "No goals" box:
 * - the team goal of the guide's example (options page template): revenue +10 % on the previous
 *   quarter, driven by 20 new customers and +15 % average deal size;
 * - one revenue goal per rep, +10 % on that rep's previous quarter (relative targets, so the
 *   engine resolves each baseline from the same deals; some reps are ahead, some behind).
 * Ids are stable so seeding twice updates instead of duplicating.
 */
export function demoGoals(o: { today: string; settings: FiscalSettings; now: string }): Goal[] {
  const period = currentPeriod('quarter', o.today, o.settings).label;
  const template = GOAL_TEMPLATES.find((t) => t.id === 'guideRevenueGrowth');
  if (!template) throw new Error('the guide example goal template is missing');
  let n = 0;
  const team = instantiateTemplate(template, { owner: null, period, now: o.now, newId: () => `demo-${period}-team-${n++}` });
  const reps = DEMO_REPS.map(
    (rep, i): Goal => ({
      id: `demo-${period}-rep-${i}`,
      scope: 'rep',
      owner: rep.name,
      metric: 'revenueWon',
      target: { kind: 'relative', percent: 10 },
      period,
      parentId: null,
      createdAt: o.now,
    }),
  );
  return [...team, ...reps];
}
