import { SettingsForm } from '../../../components/options/settings-form';
import type { Language } from '../../../lib/domain/settings';
import type { Translate } from '../../../lib/i18n';
import { sendMessage } from '../../../lib/messaging';
import { useLoad } from './use-load';

/** Options → Settings. The form is keyed by the stored settings so an outside change (import) refills it. */
export function SettingsPage({ t, lang, today }: { t: Translate; lang: Language; today: string }) {
  const { data, error } = useLoad(() => Promise.all([sendMessage('settings.get', undefined), sendMessage('owners.list', undefined), sendMessage('deals.stages', undefined)]));
  if (error) return <p role="alert">{t('options.loadError', { message: error })}</p>;
  if (!data) return <p aria-busy="true">{t('common.loading')}</p>;
  const [settings, owners, stages] = data;
  let n = 0;
  return (
    <SettingsForm key={JSON.stringify(settings)} settings={settings} owners={owners} stagesSeen={stages} today={today} t={t} lang={lang}
      now={() => new Date().toISOString()} newKey={() => `k${++n}`}
      save={(patch) => sendMessage('settings.update', patch)} />
  );
}
