import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { translatorFor } from '../../lib/i18n/translate';
import { createPopupApi, todayFromUrl } from './app';

const today = todayFromUrl(location.search);
const api = createPopupApi(today);

const root = document.getElementById('app') as HTMLElement;
const FIRST_FRAME_WAIT_MS = 50;
// The background sends the popup's strings in its language: the page ships no message tables.
api.start().then(
  async ({ lang, messages, settings }) => {
    // Both were asked at once and the team view is usually cached, so it is at most a moment
    // behind: waiting that moment paints the rows in the first frame, instead of "Loading" and
    // the rows a frame later. A slow view (being computed) shows "Loading" at most 50 ms later.
    await api.firstTeamSettled(FIRST_FRAME_WAIT_MS);
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
