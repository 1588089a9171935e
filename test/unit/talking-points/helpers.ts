import type { Deal } from '../../../lib/domain/deal';
import type { Goal } from '../../../lib/domain/goal';
import type { Observation } from '../../../lib/domain/observation';
import type { Language } from '../../../lib/domain/settings';
import { resolvePeriod } from '../../../lib/periods';
import { computeScope } from '../../../lib/report';
import { settings } from '../kpi/helpers';

export { deal, lost, open, won } from '../kpi/helpers';

export const goal = (p: Partial<Goal>): Goal => ({
  id: 'g1', scope: 'team', owner: null, metric: 'revenueWon', target: { kind: 'absolute', value: 1000 }, period: '2026-Q4', parentId: null, createdAt: '2026-09-01T00:00:00.000Z', ...p,
});

/** The scope's talking points through the real engine (computeScope). */
export function scope(
  deals: Deal[],
  o: { owner?: string | null; today?: string; period?: string; goals?: Goal[]; observations?: Observation[]; lang?: Language } = {},
) {
  const s = settings();
  return computeScope(
    { deals, observations: o.observations ?? [], goals: o.goals ?? [], csat: [], settings: s },
    { today: o.today ?? '2026-11-27', period: resolvePeriod(o.period ?? '2026-Q4', s), scope: o.owner ? 'rep' : 'team', owner: o.owner ?? null, lang: o.lang },
  );
}

export const rules = (r: ReturnType<typeof scope>) => r.talkingPoints.map((p) => p.rule);
export const point = (r: ReturnType<typeof scope>, rule: string) => r.talkingPoints.find((p) => p.rule === rule);
