import type { TalkingPoint } from '../domain/report';
import type { Language } from '../domain/settings';
import type { PointDisplay } from '../domain/views';
import type { Translate } from '../i18n';
import { dealDisplay } from './deal-display';

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
