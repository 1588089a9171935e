import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n/index';
import common from '../../lib/i18n/messages/common';
import sidebar from '../../lib/i18n/messages/sidebar';
import talkingPoints from '../../lib/i18n/messages/talking-points';
import ui from '../../lib/i18n/messages/ui';
import { makeT } from '../../lib/i18n/translate';
import type { Message } from '../../lib/i18n/types';

/**
 * Only the message areas the sidebar shows: lib/i18n/index merges every area (options, popup…),
 * which would cost the content script's 25 KB budget for strings it never renders.
 */
const AREAS = [common, ui, talkingPoints, sidebar];
const LANGS: Language[] = ['en', 'zh-TW', 'zh-CN', 'ja'];
let tables: Record<Language, Record<string, Message>> | null = null;

export function sidebarT(lang: Language): Translate {
  if (!tables) {
    const merged = { en: {}, 'zh-TW': {}, 'zh-CN': {}, ja: {} } as Record<Language, Record<string, Message>>;
    for (const area of AREAS) for (const l of LANGS) Object.assign(merged[l], area[l]);
    tables = merged;
  }
  return makeT<Record<string, Message>>(tables, lang);
}
