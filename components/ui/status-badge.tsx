import type { GoalStatus } from '../../lib/domain/report';
import type { Translate } from '../../lib/i18n/index';
import type { MeterTone } from './meter';
import './theme.css';
import './status-badge.css';

/** One colour family per status; the text (and a shape) carry it too, never colour alone. */
export const STATUS_TONE: Record<GoalStatus, MeterTone> = {
  achieved: 'good',
  ahead: 'good',
  'on-track': 'info',
  'at-risk': 'warn',
  behind: 'bad',
  'baseline-unknown': 'neutral',
};

const SHAPE: Record<MeterTone, string> = { good: '✓', info: '●', warn: '▲', bad: '▼', neutral: '?' };

export function StatusBadge({ status, t }: { status: GoalStatus | null; t: Translate }) {
  const s = status ?? 'baseline-unknown';
  const tone = STATUS_TONE[s];
  return (
    <span class={`pacer-badge pacer-badge--${tone}`} data-status={s}>
      <span class="pacer-badge__shape" aria-hidden="true">{SHAPE[tone]}</span>
      {t(`goal.status.${s}`)}
    </span>
  );
}
