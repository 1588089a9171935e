import type { GoalResult } from '../../lib/domain/report';
import type { FormatContext } from '../kpi/kpi-meta';
import { GoalRow } from './goal-row';

/** The goals of one scope, in the engine's order. */
export function GoalList({ goals, label, ...ctx }: FormatContext & { goals: readonly GoalResult[]; label: string }) {
  return (
    <ul class="pacer-goals" aria-label={label} style={{ margin: 0, padding: 0 }}>
      {goals.map((g) => <GoalRow key={g.id} goal={g} {...ctx} />)}
    </ul>
  );
}
