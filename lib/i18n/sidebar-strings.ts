import type { Language } from '../domain/settings';
import common from './messages/common';
import sidebar from './messages/sidebar';
import storage from './messages/storage';
import talkingPoints from './messages/talking-points';
import teach from './messages/teach';
import ui from './messages/ui';
import { mergeAreas } from './merge-areas';
import type { Message } from './types';

/** The areas the in-page UIs render (sidebar, teach mode). */
const SIDEBAR_AREAS = [common, ui, talkingPoints, sidebar, teach];

/**
 * The sidebar's messages in one language, English under any missing key. The background sends
 * these to the content script, which then carries no message tables (its 25 KB gzip budget).
 */
export function sidebarMessages(lang: Language): Record<string, Message> {
  // Storage errors the reader can hit (the background returns their keys): a full disk while
  // reading a CRM page must read as a sentence in the sidebar, not as a key.
  return mergeAreas(lang, SIDEBAR_AREAS, [[storage, 'storage.error.']]);
}

// The content scripts import it from here; it lives with `pick` so the popup can use it without this file's tables.
export { translatorFor } from './translate';
