import { kpiDisplay, type KpiDisplayInput } from '../../lib/display/kpi-display';
import { KpiCardView } from './kpi-card-view';

export type KpiCardProps = KpiDisplayInput;

/** One figure: label, value, change vs the previous period, and its basis on hover and focus. */
export function KpiCard(props: KpiCardProps) {
  return <KpiCardView {...kpiDisplay(props)} />;
}
