import { useRef } from 'preact/hooks';
import { SettingsForm } from '../../../components/options/settings-form';
import type { Language } from '../../../lib/domain/settings';
import type { Translate } from '../../../lib/i18n';
import { sendMessage } from '../../../lib/messaging';
import { useLoad } from './use-load';

/**
 * Options → Settings. The form refills when the stored settings change from outside (an import,
 * another tab), but not after its own save: that would wipe the "saved" message it just showed.
 */
export function SettingsPage({ t, lang, today }: { t: Translate; lang: Language; today: string }) {
  const { data, error } = useLoad(() => Promise.all([sendMessage('settings.get', undefined), sendMessage('owners.list', undefined), sendMessage('deals.stages', undefined)]));
  const form = useRef({ key: 0, seen: '', saved: '', saving: false });
  const keys = useRef(0);
  if (error) return <p role="alert">{t('options.loadError', { message: error })}</p>;
  if (!data) return <p aria-busy="true">{t('common.loading')}</p>;
  const [settings, owners, stages] = data;
  const json = JSON.stringify(settings);
  if (json !== form.current.seen) {
    // The reload that our own save triggers can arrive before the save's answer.
    if (!form.current.saving && json !== form.current.saved) form.current.key++;
    form.current.seen = json;
  }
  return (
    <SettingsForm key={form.current.key} settings={settings} owners={owners} stagesSeen={stages} today={today} t={t} lang={lang}
      now={() => new Date().toISOString()} newKey={() => `k${++keys.current}`}
      save={async (patch) => {
        form.current.saving = true;
        try {
          const next = await sendMessage('settings.update', patch);
          form.current.saved = JSON.stringify(next);
          return next;
        } finally {
          form.current.saving = false;
        }
      }} />
  );
}
