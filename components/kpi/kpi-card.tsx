import type { KpiKey } from '../../lib/domain/kpi';
import { Delta } from '../ui/delta';
import { Tooltip } from '../ui/tooltip';
import { KPI_META, formatKpi, type FormatContext } from './kpi-meta';
import './kpi-card.css';

export interface KpiCardProps extends FormatContext {
  kpi: KpiKey;
  label: string;
  value: number | null;
  /** The previous period's value; undefined = don't show a change (e.g. "as of today" figures). */
  previous?: number | null;
  /** "from 42 deals; 3 without amount; …", shown on hover and focus. */
  basis: string;
}

/**
 * One figure: label, value, change vs the previous period, and its basis on hover and focus.
 * The value carries `data-testid="pacer-kpi-<key>"` (a stable hook for e2e tests).
 */
export function KpiCard({ kpi, label, value, previous, basis, lang, currency, t }: KpiCardProps) {
  const meta = KPI_META[kpi];
  const ctx = { lang, currency, t };
  return (
    <div class="pacer-kpi" data-kpi={kpi}>
      <Tooltip content={basis} class="pacer-kpi__tip">
        {(describedBy) => (
          // Focusable so keyboard users reach the basis; the label + value are its name.
          <div class="pacer-kpi__body" tabIndex={0} aria-describedby={describedBy}>
            <span class="pacer-kpi__label">{label}</span>
            <span class="pacer-kpi__value" data-testid={`pacer-kpi-${kpi}`}>
              {formatKpi(kpi, value, ctx)}
            </span>
          </div>
        )}
      </Tooltip>
      {previous !== undefined && (
        <Delta
          current={value}
          previous={previous}
          mode={meta.unit === 'percent' ? 'points' : 'relative'}
          higherIsBetter={meta.higherIsBetter}
          format={(n) => formatKpi(kpi, n, ctx)}
          t={t}
          lang={lang}
        />
      )}
    </div>
  );
}
