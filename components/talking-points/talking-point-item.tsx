import { EvidenceValues } from './evidence-values';
import { TalkingPointCard, type TalkingPointCardProps } from './talking-point-card';

export interface TalkingPointItemProps extends Omit<TalkingPointCardProps, 'evidence'> {
  /** Fewer details: no evidence values. */
  compact?: boolean;
}

/**
 * One talking point: category chip, priority, the message, its evidence (numbers and deals with
 * links to the CRM) and the coaching question. Every string is rendered as text.
 */
export function TalkingPointItem({ compact = false, ...props }: TalkingPointItemProps) {
  const { point, t, lang, currency } = props;
  const evidence = compact ? null : <EvidenceValues values={point.evidence.values} params={point.params} t={t} lang={lang} currency={currency} />;
  return <TalkingPointCard {...props} evidence={evidence} />;
}
