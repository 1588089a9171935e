import type { ComponentChildren } from 'preact';
import type { TalkingPoint } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n';
import { pointDisplay } from '../../lib/display/point-display';
import { TalkingPointView } from './talking-point-view';

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

/**
 * One talking point: category chip, priority, the message, deals with links to the CRM and the
 * coaching question; `evidence` goes between the message and the deals. Every string renders as text.
 */
export function TalkingPointCard({ point, t, lang, currency, hideCategory = false, evidence }: TalkingPointCardProps) {
  return <TalkingPointView point={pointDisplay(point, t, lang, currency)} t={t} hideCategory={hideCategory} evidence={evidence} />;
}
