import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { translatorFor } from '../../lib/i18n/translate';
import { createPopupApi, todayFromUrl } from './app';

const today = todayFromUrl(location.search);
const api = createPopupApi(today);

const root = document.getElementById('app') as HTMLElement;
// The background sends the popup's strings in its language: the page ships no message tables.
api.start().then(
  ({ lang, messages, settings }) => {
    document.documentElement.lang = lang;
    render(<PopupApp api={api} t={translatorFor(messages, lang)} lang={lang} settings={settings} />, root);
  },
  async () => {
    // No answer from the background: the popup still explains itself, with the bundled tables.
    const { createT, resolveLanguage } = await import('../../lib/i18n');
    const lang = resolveLanguage(null, navigator.languages);
    render(<PopupApp api={api} t={createT(lang)} lang={lang} />, root);
  },
);
