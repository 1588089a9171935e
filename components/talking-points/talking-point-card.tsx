import type { ComponentChildren } from 'preact';
import type { TalkingPoint } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n';
import { DealLink } from './deal-link';
import '../ui/theme.css';
import './talking-points.css';

export interface TalkingPointCardProps {
  point: TalkingPoint;
  t: Translate;
  lang: Language;
  /** Base currency of the report. */
  currency: string;
  /** Hide the category chip (the agenda already groups by category). */
  hideCategory?: boolean;
  /** Shown between the message and the deals (TalkingPointItem puts the evidence values here). */
  evidence?: ComponentChildren;
}

const MAX_LINKS = 3;
const DAYS_KIND: Record<string, 'overdue' | 'inStage'> = { 'slipped-deals': 'overdue', 'stalled-deals': 'inStage' };

/**
 * One talking point without its evidence values: category chip, priority, the message, deals with
 * links to the CRM and the coaching question. The sidebar renders it as is, so the content script
 * does not carry the evidence formatting (its 25 KB gzip budget); every string renders as text.
 */
export function TalkingPointCard({ point, t, lang, currency, hideCategory = false, evidence }: TalkingPointCardProps) {
  const all = point.evidence.dealRefs ?? [];
  // The three the message names; the rest are counted (the popup's deal warnings list them all).
  const refs = all.slice(0, MAX_LINKS);
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
      {refs.length > 0 && (
        <ul class="pacer-tp-deals" aria-label={t('tp.deals')}>
          {refs.map((d) => (
            <li key={d.key}>
              <DealLink deal={d} t={t} lang={lang} currency={currency} daysKind={DAYS_KIND[point.rule] ?? null} />
            </li>
          ))}
          {all.length > refs.length && <li class="pacer-tp-more">{t('tp.moreDeals', { count: all.length - refs.length })}</li>}
        </ul>
      )}
      {point.question && (
        <p class="pacer-tp-question"><strong>{t('tp.question')}:</strong> {point.question}</p>
      )}
    </div>
  );
}
