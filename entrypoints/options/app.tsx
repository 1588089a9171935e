import { useEffect, useState } from 'preact/hooks';
import { OptionsShell } from '../../components/options/options-shell';
import { parseRoute } from '../../components/options/route';
import type { Language } from '../../lib/domain/settings';
import { createT, resolveLanguage } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { watchDataVersion } from '../../lib/messaging/data-version';
import { DataPage } from './pages/data-page';
import { GoalsPage } from './pages/goals-page';
import { SettingsPage } from './pages/settings-page';
import { TrendsPage } from './pages/trends-page';
import { SitesPage } from './sites-page';

/** `?today=YYYY-MM-DD` (tests, demo) or the local calendar date. */
export function todayFromUrl(search: string, now: Date = new Date()): string {
  const q = new URLSearchParams(search).get('today');
  if (q && /^\d{4}-\d{2}-\d{2}$/.test(q)) return q;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The options page: a hash router over the five pages. Thin on purpose: each page wrapper in
 * ./pages does its messaging, the components in components/options do the rest. The language
 * follows the settings live (a language change on the Settings page re-renders everything).
 */
export function OptionsApp({ initialLang, today }: { initialLang: Language; today: string }) {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  const [lang, setLang] = useState(initialLang);
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      document.getElementById('pacer-main')?.focus();
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => watchDataVersion(() => {
    sendMessage('settings.get', undefined).then((s) => setLang(resolveLanguage(s.language, navigator.languages)), () => undefined);
  }), []);
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  const t = createT(lang);
  useEffect(() => { document.title = `${t(`options.nav.${route.page}`)} · ${t('options.title')}`; }, [route.page, lang]);
  const common = { t, lang, today };
  return (
    <OptionsShell page={route.page} t={t}>
      {route.page === 'goals' && <GoalsPage {...common} params={route.params} />}
      {route.page === 'settings' && <SettingsPage {...common} />}
      {route.page === 'sites' && <SitesPage t={t} lang={lang} />}
      {route.page === 'data' && <DataPage {...common} />}
      {route.page === 'trends' && <TrendsPage {...common} />}
    </OptionsShell>
  );
}
