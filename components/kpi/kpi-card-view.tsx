import type { KpiDisplay } from '../../lib/domain/views';
import { DeltaView } from '../ui/delta-view';
import { Tooltip } from '../ui/tooltip';
import './kpi-card.css';

/**
 * One figure as display text (formatted by KpiCard, or by the background for the sidebar):
 * label, value, change vs the previous period, and its basis on hover and focus. The value
 * carries `data-testid="pacer-kpi-<key>"` (a stable hook for e2e tests).
 */
export function KpiCardView({ kpi, label, value, basis, delta }: KpiDisplay) {
  return (
    <div class="pacer-kpi" data-kpi={kpi}>
      <Tooltip content={basis} class="pacer-kpi__tip">
        {(describedBy) => (
          // Focusable so keyboard users reach the basis; the label + value are its name.
          <div class="pacer-kpi__body" tabIndex={0} aria-describedby={describedBy}>
            <span class="pacer-kpi__label">{label}</span>
            <span class="pacer-kpi__value" data-testid={`pacer-kpi-${kpi}`}>
              {value}
            </span>
          </div>
        )}
      </Tooltip>
      {delta && <DeltaView {...delta} />}
    </div>
  );
}
