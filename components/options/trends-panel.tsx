import { useState } from 'preact/hooks';
import type { Goal } from '../../lib/domain/goal';
import { KPI_KEYS, type KpiKey } from '../../lib/domain/kpi';
import type { GoalResult, PeriodRange } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import type { Snapshot } from '../../lib/domain/snapshot';
import { formatDate } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/index';
import { epochDay } from '../../lib/periods/index';
import { LineChart, type LinePoint } from '../charts/line-chart';
import { formatKpi } from '../../lib/display/kpi-format';
import { kpiSeries, paceSeries } from './trend-series';

export interface TrendsPanelProps {
  owners: readonly string[];
  /** null = the team. */
  scope: string | null;
  onScope: (owner: string | null) => void;
  snapshots: readonly Snapshot[];
  goals: readonly Goal[];
  goalId: string | null;
  onGoal: (id: string | null) => void;
  /** The selected goal as the engine sees it today (resolved target) and its period. */
  goalResult: { result: GoalResult; period: PeriodRange } | null;
  t: Translate;
  lang: Language;
  currency: string;
}

const dayToIso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** KPIs over the stored snapshots, and a goal's actual vs expected pace over its period. */
export function TrendsPanel(p: TrendsPanelProps) {
  const { t, lang, currency } = p;
  const ctx = { t, lang, currency };
  const [metric, setMetric] = useState<KpiKey>('revenueWon');
  const [kind, setKind] = useState<'month' | 'quarter' | 'year'>('quarter');
  const formatX = (x: number) => formatDate(dayToIso(x), lang);
  const kpiPoints: LinePoint[] = kpiSeries(p.snapshots, kind, metric).map((q) => ({ x: epochDay(q.day), y: q.value }));
  const goal = p.goals.find((g) => g.id === p.goalId) ?? null;
  const pace = goal && p.goalResult ? paceSeries(p.snapshots, goal, p.goalResult.result, p.goalResult.period) : null;
  const scopeName = p.scope ?? t('common.team');
  return (
    <div>
      <h1>{t('options.trends.heading')}</h1>
      <div class="pacer-opt-row">
        <label class="pacer-opt-field">
          <span>{t('options.trends.scope')}</span>
          <select value={p.scope ?? ''} onChange={(e) => p.onScope((e.currentTarget as HTMLSelectElement).value || null)} data-testid="pacer-trends-scope">
            <option value="">{t('common.team')}</option>
            {p.owners.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
        <label class="pacer-opt-field">
          <span>{t('options.trends.metric')}</span>
          <select value={metric} onChange={(e) => setMetric((e.currentTarget as HTMLSelectElement).value as KpiKey)} data-testid="pacer-trends-metric">
            {KPI_KEYS.map((k) => <option key={k} value={k}>{t(`kpi.${k}`)}</option>)}
          </select>
        </label>
        <label class="pacer-opt-field">
          <span>{t('options.trends.periodKind')}</span>
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as typeof kind)}>
            {(['month', 'quarter', 'year'] as const).map((k) => <option key={k} value={k}>{t(`options.periodKind.${k}`)}</option>)}
          </select>
        </label>
      </div>
      <section class="pacer-opt-card" aria-labelledby="pacer-trends-kpi-h">
        <h2 id="pacer-trends-kpi-h">{t('options.trends.kpiHeading', { kpi: t(`kpi.${metric}`), scope: scopeName })}</h2>
        {kpiPoints.length === 0 ? <p class="pacer-opt-muted">{t('options.trends.noSnapshots')}</p> : (
          <LineChart id="pacer-chart-kpi" series={[{ name: t(`kpi.${metric}`), points: kpiPoints }]}
            title={t('options.trends.kpiTitle', { kpi: t(`kpi.${metric}`), scope: scopeName, count: kpiPoints.length })}
            desc={t('options.trends.kpiDesc', { first: formatKpi(metric, kpiPoints[0]!.y, ctx), last: formatKpi(metric, kpiPoints[kpiPoints.length - 1]!.y, ctx), from: formatX(kpiPoints[0]!.x), to: formatX(kpiPoints[kpiPoints.length - 1]!.x) })}
            xLabel={t('options.trends.date')} yLabel={t(`kpi.${metric}`)} formatX={formatX} formatY={(y) => formatKpi(metric, y, { ...ctx })}
            tableLabel={t('options.trends.table')} />
        )}
      </section>
      <section class="pacer-opt-card" aria-labelledby="pacer-trends-pace-h">
        <h2 id="pacer-trends-pace-h">{t('options.trends.paceHeading')}</h2>
        <label class="pacer-opt-field">
          <span>{t('options.trends.goal')}</span>
          <select value={p.goalId ?? ''} onChange={(e) => p.onGoal((e.currentTarget as HTMLSelectElement).value || null)} data-testid="pacer-trends-goal">
            <option value="">{t('options.trends.pickGoal')}</option>
            {p.goals.map((g) => <option key={g.id} value={g.id}>{t('options.trends.goalOption', { metric: t(`kpi.${g.metric}`), period: g.period })}</option>)}
          </select>
        </label>
        {goal && pace && (pace.actual.length === 0 ? <p class="pacer-opt-muted">{t('options.trends.noPaceData', { period: goal.period })}</p> : (
          <LineChart id="pacer-chart-pace" series={[{ name: t('options.trends.actual'), points: pace.actual }, { name: t('options.trends.expected'), points: pace.expected, dashed: true }]}
            title={t('options.trends.paceTitle', { kpi: t(`kpi.${goal.metric}`), period: goal.period, scope: scopeName })}
            desc={t('options.trends.paceDesc', { actual: formatKpi(goal.metric, pace.actual[pace.actual.length - 1]!.y, ctx), target: formatKpi(goal.metric, p.goalResult!.result.target, ctx) })}
            xLabel={t('options.trends.date')} yLabel={t(`kpi.${goal.metric}`)} formatX={formatX} formatY={(y) => formatKpi(goal.metric, y, ctx)}
            tableLabel={t('options.trends.table')} />
        ))}
      </section>
    </div>
  );
}
