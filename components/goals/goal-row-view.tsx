import type { GoalDisplay } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n/index';
import { Meter } from '../ui/meter';
import { STATUS_TONE, StatusBadge } from '../ui/status-badge';
import './goal-row.css';

export interface GoalRowViewProps {
  goal: GoalDisplay;
  /** A tab stop of its own (the sidebar's goal list). */
  focusable?: boolean;
  t: Translate;
}

/** A goal as display text (formatted by GoalRow, or by the background for the sidebar): label, status, meter with pace marker, notes. */
export function GoalRowView({ goal, focusable = false, t }: GoalRowViewProps) {
  const tone = goal.status ? STATUS_TONE[goal.status] : 'neutral';
  return (
    <li class="pacer-goal" data-goal={goal.id} data-metric={goal.metric} tabIndex={focusable ? 0 : undefined}>
      <div class="pacer-goal__head">
        <span class="pacer-goal__label">{goal.label}</span>
        <StatusBadge status={goal.status} t={t} />
      </div>
      <div class="pacer-goal__figures">{goal.figures}</div>
      <Meter value={goal.progress} pace={goal.pace} label={goal.label} valueText={goal.valueText} tone={tone} />
      <ul class="pacer-goal__notes">
        {goal.notes.map((n, i) => <li key={i}>{n}</li>)}
      </ul>
    </li>
  );
}
