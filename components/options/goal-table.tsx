import { useState } from 'preact/hooks';
import type { Goal } from '../../lib/domain/goal';
import type { Language } from '../../lib/domain/settings';
import { formatNumber } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/index';
import { formatKpi } from '../../lib/display/kpi-format';

export interface GoalTableProps {
  goals: readonly Goal[];
  onEdit: (g: Goal) => void;
  onDelete: (g: Goal) => void;
  t: Translate;
  lang: Language;
  currency: string;
}

/** Main goals first (latest period first), each followed by the driver goals that point at it. */
export function orderGoals(goals: readonly Goal[]): { goal: Goal; depth: 0 | 1 }[] {
  const ids = new Set(goals.map((g) => g.id));
  const mains = goals.filter((g) => g.parentId === null || !ids.has(g.parentId))
    .sort((a, b) => (a.period === b.period ? (a.owner ?? '').localeCompare(b.owner ?? '') || a.metric.localeCompare(b.metric) : a.period < b.period ? 1 : -1));
  return mains.flatMap((m) => [{ goal: m, depth: 0 as const }, ...goals.filter((g) => g.parentId === m.id).map((g) => ({ goal: g, depth: 1 as const }))]);
}

export function targetText(g: Goal, ctx: { t: Translate; lang: Language; currency: string }): string {
  if (g.target.kind === 'relative') {
    const sign = g.target.percent > 0 ? '+' : '';
    return ctx.t('options.goal.relativeText', { percent: `${sign}${formatNumber(g.target.percent, ctx.lang, 2)}` });
  }
  return formatKpi(g.metric, g.target.value, ctx);
}

/** The stored goals with edit and a two-step delete (no browser confirm dialog). */
export function GoalTable({ goals, onEdit, onDelete, t, lang, currency }: GoalTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (goals.length === 0) return <p class="pacer-opt-muted" data-testid="pacer-goals-empty">{t('options.goals.empty')}</p>;
  const ctx = { t, lang, currency };
  return (
    <table class="pacer-opt-table" data-testid="pacer-goal-table">
      <caption>{t('options.goals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('options.goal.metric')}</th>
          <th scope="col">{t('options.goal.scope')}</th>
          <th scope="col">{t('options.goal.period')}</th>
          <th scope="col">{t('options.goal.target')}</th>
          <th scope="col"><span class="pacer-visually-hidden">{t('options.goals.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {orderGoals(goals).map(({ goal: g, depth }) => {
          const name = t(`kpi.${g.metric}`);
          return (
            <tr key={g.id} data-testid="pacer-goal-row" data-goal={g.id} data-metric={g.metric} data-parent={g.parentId ?? ''}>
              <th scope="row" class={depth ? 'pacer-opt-driver' : undefined}>
                {depth ? <span class="pacer-visually-hidden">{t('options.goals.driverOf')}</span> : null}
                {depth ? <span aria-hidden="true">↳ </span> : null}
                {name}
              </th>
              <td>{g.owner ?? t('common.team')}</td>
              <td>{g.period}</td>
              <td>{targetText(g, ctx)}</td>
              <td><div class="pacer-opt-actions">
                <button type="button" class="pacer-btn" onClick={() => onEdit(g)} aria-label={t('options.goals.editOne', { metric: name, period: g.period })}>{t('options.goals.edit')}</button>
                {confirming === g.id ? (
                  <>
                    <button type="button" class="pacer-btn pacer-btn--danger" onClick={() => { setConfirming(null); onDelete(g); }} data-testid="pacer-goal-delete-confirm">
                      {t('options.goals.confirmDelete', { metric: name })}
                    </button>
                    <button type="button" class="pacer-btn" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
                  </>
                ) : (
                  <button type="button" class="pacer-btn" onClick={() => setConfirming(g.id)} aria-label={t('options.goals.deleteOne', { metric: name, period: g.period })}>{t('common.delete')}</button>
                )}
              </div></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
