export { AgendaList, type AgendaListProps } from './agenda-list';
export { DealLink, type DealLinkProps } from './deal-link';
export { EvidenceValues, evidenceDisplay, evidenceKeys, evidenceLabel, formatEvidenceValue, metricOf } from './evidence-values';
export { httpUrlOrNull } from './safe-url';
export { TalkingPointCard, type TalkingPointCardProps } from './talking-point-card';
export { TalkingPointItem, type TalkingPointItemProps } from './talking-point-item';
