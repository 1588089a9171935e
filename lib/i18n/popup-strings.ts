import type { Language } from '../domain/settings';
import common from './messages/common';
import popup from './messages/popup';
import talkingPoints from './messages/talking-points';
import teach from './messages/teach';
import ui from './messages/ui';
import { mergeAreas } from './merge-areas';
import type { Message } from './types';

/** The areas the popup renders: its own, the shared UI words (KPIs, goals, deltas) and talking points. */
const POPUP_AREAS = [common, ui, talkingPoints, popup];

const cache = new Map<Language, Readonly<Record<string, Message>>>();

/**
 * The popup's messages in one language, English under any missing key. The background sends
 * them with `popup.start`, so the popup page loads no message tables: with every area in four
 * languages they were two thirds of its script, parsed before its first paint (issue #10, measure 5).
 */
export function popupMessages(lang: Language): Readonly<Record<string, Message>> {
  let out = cache.get(lang);
  if (out) return out;
  // Teach mode opens from the popup too (its launch button and "not available here" note).
  cache.set(lang, (out = Object.freeze(mergeAreas(lang, POPUP_AREAS, [[teach, 'teach.popup']]))));
  return out;
}
