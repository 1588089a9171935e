import type { Language } from '../domain/settings';
import type { Message, MessageTable } from './types';

export type Params = Record<string, string | number | null | undefined>;

const plural = new Map<Language, Intl.PluralRules>();
function pluralOf(lang: Language, n: number): 'zero' | 'one' | 'other' {
  let rules = plural.get(lang);
  if (!rules) plural.set(lang, (rules = new Intl.PluralRules(lang)));
  const cat = rules.select(n);
  return n === 0 ? 'zero' : cat === 'one' ? 'one' : 'other';
}

/** Fills `{name}` placeholders. Values are inserted as text; the result is rendered as text. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined || v === null ? whole : String(v);
  });
}

export function pick(message: Message, lang: Language, params: Params = {}): string {
  if (typeof message === 'string') return interpolate(message, params);
  const n = typeof params.count === 'number' ? params.count : 0;
  const form = pluralOf(lang, n);
  return interpolate(message[form] ?? (form === 'zero' ? message.other : undefined) ?? message.other, params);
}

/** A translator over one language's table (what the sidebar and the popup build from the strings the background sends). */
export function translatorFor(messages: Readonly<Record<string, Message>>, lang: Language): (key: string, params?: Params) => string {
  return (key, params) => {
    const m = messages[key];
    return m === undefined ? key : pick(m, lang, params);
  };
}

/** A translator for one language over the merged tables; falls back to English per key. */
export function makeT<T extends MessageTable>(tables: Record<Language, Partial<Record<keyof T, Message>>> & { en: T }, lang: Language) {
  return (key: keyof T & string, params?: Params): string => {
    const m = tables[lang][key] ?? tables.en[key];
    return m === undefined ? key : pick(m, lang, params);
  };
}

/** Picks the UI language: the user's override, else the browser's, else English. */
export function resolveLanguage(override: Language | null, browserLanguages: readonly string[]): Language {
  if (override) return override;
  for (const raw of browserLanguages) {
    const l = raw.toLowerCase();
    if (l === 'zh-tw' || l === 'zh-hk' || l === 'zh-mo' || l.startsWith('zh-hant')) return 'zh-TW';
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('ja')) return 'ja';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}
