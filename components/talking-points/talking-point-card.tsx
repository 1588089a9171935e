import type { ComponentChildren } from 'preact';
import type { TalkingPoint } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n';
import type { PointDisplay } from '../../lib/domain/views';
import { dealDisplay } from './deal-link';
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

const MAX_LINKS = 3;
const DAYS_KIND: Record<string, 'overdue' | 'inStage'> = { 'slipped-deals': 'overdue', 'stalled-deals': 'inStage' };

/** A talking point as display text: its first three deals formatted (the sidebar gets this from the background). */
export function pointDisplay(point: TalkingPoint, t: Translate, lang: Language, currency: string): PointDisplay {
  const all = point.evidence.dealRefs ?? [];
  // The three the message names; the rest are counted (the popup's deal warnings list them all).
  const daysKind = DAYS_KIND[point.rule] ?? null;
  return {
    id: point.id, rule: point.rule, category: point.category, priority: point.priority, text: point.text, question: point.question ?? null,
    deals: all.slice(0, MAX_LINKS).map((deal) => dealDisplay({ deal, t, lang, currency, daysKind })),
    more: Math.max(0, all.length - MAX_LINKS),
  };
}

/**
 * One talking point: category chip, priority, the message, deals with links to the CRM and the
 * coaching question; `evidence` goes between the message and the deals. Every string renders as text.
 */
export function TalkingPointCard({ point, t, lang, currency, hideCategory = false, evidence }: TalkingPointCardProps) {
  return <TalkingPointView point={pointDisplay(point, t, lang, currency)} t={t} hideCategory={hideCategory} evidence={evidence} />;
}
