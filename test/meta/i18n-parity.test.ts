import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lib/domain/settings';
import type { AreaMessages, Message, MessageTable } from '../../lib/i18n/types';

/**
 * Every UI string exists in all four languages (en, zh-TW, zh-CN, ja), is not empty, and keeps
 * the same `{placeholders}` — a missing `{count}` silently drops a number from a sentence.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const MESSAGES_DIR = join(ROOT, 'lib', 'i18n', 'messages');
const areaFiles = readdirSync(MESSAGES_DIR).filter((f) => f.endsWith('.ts'));

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m).filter((v): v is string => typeof v === 'string'));
export const placeholders = (m: Message): string[] =>
  [...new Set(forms(m).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1] as string)))].sort();

export function parityProblems(area: string, table: AreaMessages<MessageTable>): string[] {
  const problems: string[] = [];
  const enKeys = Object.keys(table.en);
  for (const lang of LANGUAGES) {
    const t = table[lang] as Record<string, Message> | undefined;
    if (!t) {
      problems.push(`${area}: no ${lang} table`);
      continue;
    }
    for (const key of enKeys) {
      const m = t[key];
      if (m === undefined) problems.push(`${area} ${lang}: missing ${key}`);
      else if (forms(m).length === 0 || forms(m).some((s) => s.trim() === '')) problems.push(`${area} ${lang}: empty ${key}`);
      else if (placeholders(m).join() !== placeholders(table.en[key] as Message).join())
        problems.push(`${area} ${lang}: ${key} has {${placeholders(m).join('}, {')}} but en has {${placeholders(table.en[key] as Message).join('}, {')}}`);
    }
    for (const key of Object.keys(t)) if (!enKeys.includes(key)) problems.push(`${area} ${lang}: extra key ${key} not in en`);
  }
  return problems;
}

describe('i18n parity', () => {
  it('the checker reports missing, empty and placeholder-mismatched messages', () => {
    const bad = {
      en: { a: 'Hi {name}', b: 'x', c: { one: 'One deal', other: '{count} deals' } },
      'zh-TW': { a: '嗨', b: 'x', c: '{count} 筆' },
      'zh-CN': { a: '嗨 {name}', b: '  ', c: '{count} 笔' },
      ja: { a: 'やあ {name}', c: '{count} 件' },
    } as unknown as AreaMessages<MessageTable>;
    expect(parityProblems('t', bad)).toEqual(['t zh-TW: a has {} but en has {name}', 't zh-CN: empty b', 't ja: missing b']);
  });

  it.each(areaFiles)('%s has every key in all four languages with the same placeholders', async (file) => {
    const mod = (await import(pathToFileURL(join(MESSAGES_DIR, file)).href)) as { default: AreaMessages<MessageTable> };
    expect(mod.default, `${file} must default-export its AreaMessages`).toBeDefined();
    expect(Object.keys(mod.default.en).length).toBeGreaterThan(0);
    expect(parityProblems(file, mod.default)).toEqual([]);
  });

  it('every area file is registered in lib/i18n/index.ts', () => {
    const index = readFileSync(join(ROOT, 'lib', 'i18n', 'index.ts'), 'utf8');
    const missing = areaFiles.filter((f) => !index.includes(`./messages/${f.replace(/\.ts$/, '')}'`));
    expect(missing).toEqual([]);
  });

  it('the manifest strings (public/_locales) exist in every language', () => {
    const dirs = { en: 'en', 'zh-TW': 'zh_TW', 'zh-CN': 'zh_CN', ja: 'ja' } as const;
    const read = (d: string) => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', d, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const en = read('en');
    for (const dir of Object.values(dirs)) {
      const t = read(dir);
      expect(Object.keys(t).sort(), dir).toEqual(Object.keys(en).sort());
      for (const [key, v] of Object.entries(t)) expect(v.message.trim(), `${dir} ${key}`).not.toBe('');
    }
  });
});
