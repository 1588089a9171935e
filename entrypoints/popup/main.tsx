import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { createT, resolveLanguage } from '../../lib/i18n';
import { createPopupApi, todayFromUrl } from './app';

const today = todayFromUrl(location.search);
const api = createPopupApi(today);

const root = document.getElementById('app') as HTMLElement;
api.settings().then(
  (s) => {
    const lang = resolveLanguage(s.language, navigator.languages);
    document.documentElement.lang = lang;
    render(<PopupApp api={api} t={createT(lang)} lang={lang} />, root);
  },
  () => {
    const lang = resolveLanguage(null, navigator.languages);
    render(<PopupApp api={api} t={createT(lang)} lang={lang} />, root);
  },
);
