import type { PacerDb } from '../../../lib/db/app-db';
import { getSettings } from '../../../lib/db/settings';
import { popupMessages } from '../../../lib/i18n/popup-strings';
import { resolveLanguage } from '../../../lib/i18n/translate';
import { handle } from '../../../lib/messaging/handle';
import type { PopupStart } from '../../../lib/messaging/protocol';
import type { RequestOf } from '../../../lib/messaging/schemas';

/**
 * `popup.start`: the settings, the popup's language (the user's override, else the popup's own
 * `navigator.languages`, as before) and its strings in one reply, so the popup page parses no
 * message tables before its first paint. Language switching is per opening: each popup asks anew.
 */
export async function popupStart(db: PacerDb, req: RequestOf<'popup.start'>): Promise<PopupStart> {
  const settings = await getSettings(db);
  const lang = resolveLanguage(settings.language, req.languages);
  return { settings, lang, messages: popupMessages(lang) };
}

export function setupPopupStart(db: PacerDb): () => void {
  return handle('popup.start', (req) => popupStart(db, req));
}
