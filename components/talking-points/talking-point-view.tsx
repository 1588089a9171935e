import type { ComponentChildren } from 'preact';
import type { PointDisplay } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n';
import { DealLinkView } from './deal-link-view';
import '../ui/theme.css';
import './talking-points.css';

export interface TalkingPointViewProps {
  point: PointDisplay;
  t: Translate;
  /** Hide the category chip (the agenda already groups by category). */
  hideCategory?: boolean;
  /** Shown between the message and the deals (TalkingPointItem puts the evidence values here). */
  evidence?: ComponentChildren;
}

/**
 * One talking point as display text (deals formatted by TalkingPointCard, or by the background
 * for the sidebar): category chip, priority, the message, deals with links to the CRM and the
 * coaching question. Every string renders as text.
 */
export function TalkingPointView({ point, t, hideCategory = false, evidence }: TalkingPointViewProps) {
  return (
    <div class={`pacer-tp pacer-tp-${point.category}`} data-rule={point.rule}>
      <div class="pacer-tp-head">
        {!hideCategory && <span class={`pacer-chip pacer-chip-${point.category}`}>{t(`tp.category.${point.category}`)}</span>}
        <span class={point.priority === 1 ? 'pacer-priority pacer-priority-high' : 'pacer-priority'}>
          {point.priority === 1 ? t('tp.priorityHigh') : t('tp.priority', { priority: point.priority })}
        </span>
      </div>
      <p class="pacer-tp-text">{point.text}</p>
      {evidence}
      {point.deals.length > 0 && (
        <ul class="pacer-tp-deals" aria-label={t('tp.deals')}>
          {point.deals.map((d) => (
            <li key={d.key}>
              <DealLinkView deal={d} />
            </li>
          ))}
          {point.more > 0 && <li class="pacer-tp-more">{t('tp.moreDeals', { count: point.more })}</li>}
        </ul>
      )}
      {point.question && (
        <p class="pacer-tp-question"><strong>{t('tp.question')}:</strong> {point.question}</p>
      )}
    </div>
  );
}
