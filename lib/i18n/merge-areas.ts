import type { Language } from '../domain/settings';
import type { AreaMessages, Message, MessageTable } from './types';

/**
 * One language's messages of the areas a UI renders, English under any missing key, plus the keys
 * of other areas that start with a given prefix: what the background sends a UI that carries no
 * message tables (the sidebar's content scripts, the popup).
 */
export function mergeAreas(lang: Language, areas: readonly AreaMessages<MessageTable>[], picks: readonly [AreaMessages<MessageTable>, string][] = []): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const area of areas) Object.assign(out, area.en, area[lang]);
  for (const [area, prefix] of picks) {
    for (const [key, message] of Object.entries({ ...area.en, ...area[lang] })) if (key.startsWith(prefix)) out[key] = message;
  }
  return out;
}
