import type { Language } from '../domain/settings';
import common from './messages/common';
import sidebar from './messages/sidebar';
import storage from './messages/storage';
import talkingPoints from './messages/talking-points';
import teach from './messages/teach';
import ui from './messages/ui';
import type { Message } from './types';

/** The areas the in-page UIs render (sidebar, teach mode). */
const SIDEBAR_AREAS = [common, ui, talkingPoints, sidebar, teach];

/**
 * The sidebar's messages in one language, English under any missing key. The background sends
 * these to the content script, which then carries no message tables (its 25 KB gzip budget).
 */
export function sidebarMessages(lang: Language): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const area of SIDEBAR_AREAS) Object.assign(out, area.en, area[lang]);
  // Storage errors the reader can hit (the background returns their keys): a full disk while
  // reading a CRM page must read as a sentence in the sidebar, not as a key.
  for (const [key, message] of Object.entries({ ...storage.en, ...storage[lang] })) if (key.startsWith('storage.error.')) out[key] = message;
  return out;
}

// The content scripts import it from here; it lives with `pick` so the popup can use it without this file's tables.
export { translatorFor } from './translate';
