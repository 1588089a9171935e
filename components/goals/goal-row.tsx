import { goalDisplay } from '../../lib/display/goal-display';
import type { FormatContext } from '../../lib/display/kpi-format';
import type { GoalResult } from '../../lib/domain/report';
import { GoalRowView } from './goal-row-view';

export interface GoalRowProps extends FormatContext {
  goal: GoalResult;
  /** The metric's label ("Revenue won"); defaults to the i18n key `kpi.<metric>`. */
  label?: string;
  /** A tab stop of its own (GoalList in the sidebar). */
  focusable?: boolean;
}

/** A goal: label, status (colour + text), progress bar with pace marker, projection, required per week. */
export function GoalRow({ goal, label, focusable = false, ...ctx }: GoalRowProps) {
  return <GoalRowView goal={goalDisplay(goal, ctx, label)} focusable={focusable} t={ctx.t} />;
}
