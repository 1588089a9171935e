import type { Language } from '../domain/settings';

/** A message: a string with `{param}` placeholders, or plural forms chosen with Intl.PluralRules. */
export type Message = string | { one?: string; other: string; zero?: string };
export type MessageTable = Record<string, Message>;

/**
 * One area's messages in every language. English is the source of keys; Traditional Chinese
 * must have all of them (type-checked); a meta test checks every language's completeness.
 */
export interface AreaMessages<T extends MessageTable> {
  en: T;
  'zh-TW': Record<keyof T, Message>;
  'zh-CN': Record<keyof T, Message>;
  ja: Record<keyof T, Message>;
}

export type { Language };
