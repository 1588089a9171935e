import type { GoalResult } from '../../lib/domain/report';
import type { FormatContext } from '../../lib/display/kpi-format';
import { GoalRow } from './goal-row';

/**
 * The goals of one scope, in the engine's order. `focusable` makes each goal a tab stop (the
 * sidebar: a keyboard user Tabs from the KPI cards through the goals to the talking points, and
 * the panel scrolls to the goal being read).
 */
export function GoalList({ goals, label, focusable = false, ...ctx }: FormatContext & { goals: readonly GoalResult[]; label: string; focusable?: boolean }) {
  return (
    <ul class="pacer-goals" aria-label={label} style={{ margin: 0, padding: 0 }}>
      {goals.map((g) => <GoalRow key={g.id} goal={g} focusable={focusable} {...ctx} />)}
    </ul>
  );
}
