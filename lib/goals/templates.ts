import type { Goal, GoalMetric, GoalTarget } from '../domain/goal';

/**
 * Goal templates of the options page. A template is one main goal and its driver goals (the
 * levers that make it happen), created together for the same scope and period. The first is the
 * guide's example: "revenue +10 % next quarter, by 20 new customers and +15 % average deal size".
 */
export interface TemplateGoal {
  metric: GoalMetric;
  target: GoalTarget;
}
export interface GoalTemplate {
  id: string;
  /** The period kind the template is meant for (the form pre-selects the next one). */
  periodKind: 'month' | 'quarter' | 'year';
  main: TemplateGoal;
  drivers: TemplateGoal[];
}

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  {
    id: 'guideRevenueGrowth',
    periodKind: 'quarter',
    main: { metric: 'revenueWon', target: { kind: 'relative', percent: 10 } },
    drivers: [
      { metric: 'newCustomers', target: { kind: 'absolute', value: 20 } },
      { metric: 'avgDealSize', target: { kind: 'relative', percent: 15 } },
    ],
  },
  {
    id: 'winRateLift',
    periodKind: 'quarter',
    main: { metric: 'winRate', target: { kind: 'relative', percent: 10 } },
    drivers: [],
  },
  {
    id: 'newLogos',
    periodKind: 'month',
    main: { metric: 'newCustomers', target: { kind: 'absolute', value: 5 } },
    drivers: [{ metric: 'dealsWon', target: { kind: 'absolute', value: 8 } }],
  },
  {
    id: 'annualRevenue',
    periodKind: 'year',
    main: { metric: 'revenueWon', target: { kind: 'relative', percent: 15 } },
    drivers: [{ metric: 'repeatCustomers', target: { kind: 'relative', percent: 10 } }],
  },
];

/** The goals of a template for one scope and period: the main goal first, its drivers pointing at it. */
export function instantiateTemplate(
  template: GoalTemplate,
  o: { owner: string | null; period: string; now: string; newId: () => string },
): Goal[] {
  const base = { scope: o.owner === null ? ('team' as const) : ('rep' as const), owner: o.owner, period: o.period, createdAt: o.now };
  const main: Goal = { ...base, id: o.newId(), metric: template.main.metric, target: template.main.target, parentId: null };
  return [main, ...template.drivers.map((d): Goal => ({ ...base, id: o.newId(), metric: d.metric, target: d.target, parentId: main.id }))];
}
