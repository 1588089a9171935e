import { GoalsPanel } from '../../../components/options/goals-panel';
import type { Language } from '../../../lib/domain/settings';
import type { Translate } from '../../../lib/i18n';
import { sendMessage } from '../../../lib/messaging';
import { useLoad } from './use-load';

/** Options → Goals: stored goals, owners and settings in; saves, deletes, checks and CSV import out. */
export function GoalsPage({ t, lang, today, params }: { t: Translate; lang: Language; today: string; params: Record<string, string> }) {
  const { data, error } = useLoad(() => Promise.all([sendMessage('goals.list', undefined), sendMessage('owners.list', undefined), sendMessage('settings.get', undefined)]));
  if (error) return <p role="alert">{t('options.loadError', { message: error })}</p>;
  if (!data) return <p aria-busy="true">{t('common.loading')}</p>;
  const [goals, owners, settings] = data;
  const prefill = params.owner !== undefined || params.period !== undefined ? { owner: params.owner || null, period: params.period || null } : null;
  return (
    <GoalsPanel
      goals={goals} owners={owners} settings={settings} today={today} t={t} lang={lang} prefill={prefill}
      newId={() => crypto.randomUUID()}
      now={() => new Date().toISOString()}
      check={(goal) => sendMessage('goals.check', { goal, today })}
      save={async (list) => {
        // The main goal and its drivers in one message: stored all together or not at all.
        await sendMessage('goals.saveMany', { goals: list });
      }}
      remove={(id) => sendMessage('goals.delete', { id })}
      importCsv={(csv, apply) => sendMessage('goals.importCsv', { csv, apply })}
    />
  );
}
