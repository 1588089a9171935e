import { useState } from 'preact/hooks';
import { TrendsPanel } from '../../../components/options/trends-panel';
import type { Language } from '../../../lib/domain/settings';
import type { Translate } from '../../../lib/i18n';
import { sendMessage } from '../../../lib/messaging';
import { useLoad } from './use-load';

/**
 * Options → Trends: the scope's snapshots and goals; for the chosen goal, the engine's view of it
 * (resolved target, period) from the same report the popup shows.
 */
export function TrendsPage({ t, lang, today }: { t: Translate; lang: Language; today: string }) {
  const [scope, setScope] = useState<string | null>(null);
  const [goalId, setGoalId] = useState<string | null>(null);
  const base = useLoad(() => Promise.all([sendMessage('owners.list', undefined), sendMessage('settings.get', undefined)]));
  const scoped = useLoad(() => Promise.all([sendMessage('snapshots.list', { owner: scope }), sendMessage('goals.list', { owner: scope })]), [scope]);
  const goal = scoped.data?.[1].find((g) => g.id === goalId) ?? null;
  const result = useLoad(async () => {
    if (!goal) return null;
    const view = goal.owner === null
      ? await sendMessage('view.team', { period: goal.period, today }).then((v) => ({ report: v.team, period: v.period }))
      : await sendMessage('view.rep', { owner: goal.owner, period: goal.period, today });
    const r = view.report.goals.find((g) => g.id === goal.id);
    return r ? { result: r, period: view.period } : null;
  }, [goal?.id, goal?.period, goal?.owner]);
  if (base.error || scoped.error) return <p role="alert">{t('options.loadError', { message: base.error ?? scoped.error })}</p>;
  if (!base.data || !scoped.data) return <p aria-busy="true">{t('common.loading')}</p>;
  const [owners, settings] = base.data;
  const [snapshots, goals] = scoped.data;
  return (
    <TrendsPanel owners={owners} scope={scope} onScope={(s) => { setScope(s); setGoalId(null); }} snapshots={snapshots} goals={goals}
      goalId={goalId} onGoal={setGoalId} goalResult={result.data ?? null} t={t} lang={lang} currency={settings.baseCurrency} />
  );
}
