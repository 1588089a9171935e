import type { GoalMetric } from '../../lib/domain/goal';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n/index';
import type { SmartCheck } from '../../lib/messaging/protocol';
import { formatKpi } from '../../lib/display/kpi-format';

/** A relative target's base: the previous period's actual and the target it makes. */
export function BaselineNote({ check, metric, t, lang, currency }: { check: SmartCheck | null; metric: GoalMetric; t: Translate; lang: Language; currency: string }) {
  const b = check?.baseline;
  if (!b) return null;
  const ctx = { t, lang, currency };
  const known = b.value !== null && (b.hasData || metric === 'winRate' || metric === 'avgDealSize' || metric === 'csat');
  return (
    <p class="pacer-opt-hint" data-testid="pacer-goal-baseline">
      {known
        ? t('options.goal.baseline', { period: b.period, value: formatKpi(metric, b.value, ctx), target: formatKpi(metric, check?.resolvedTarget ?? null, ctx) })
        : t('options.goal.baselineUnknown', { period: b.period })}
    </p>
  );
}
