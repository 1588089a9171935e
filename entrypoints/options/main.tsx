import { render } from 'preact';
import { resolveLanguage } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { OptionsApp, todayFromUrl } from './app';

const root = document.getElementById('app') as HTMLElement;
const today = todayFromUrl(location.search);
const start = (language: Parameters<typeof resolveLanguage>[0]) => {
  const lang = resolveLanguage(language, navigator.languages);
  render(<OptionsApp initialLang={lang} today={today} />, root);
};
sendMessage('settings.get', undefined).then((s) => start(s.language), () => start(null));
