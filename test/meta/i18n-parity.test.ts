import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../lib/domain/settings';
import type { AreaMessages, Message, MessageTable } from '../../lib/i18n/types';

/**
 * Every UI string exists in all four languages (en, zh-TW, zh-CN, ja), is not empty, and keeps
 * the same `{placeholders}` — a missing `{count}` silently drops a number from a sentence.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const MESSAGES_DIR = join(ROOT, 'lib', 'i18n', 'messages');
const areaFiles = readdirSync(MESSAGES_DIR).filter((f) => f.endsWith('.ts'));

const LOCALE_DIRS: Record<Language, string> = { en: 'en', 'zh-TW': 'zh_TW', 'zh-CN': 'zh_CN', ja: 'ja' };

/** Characters only one Chinese script uses (traditional → simplified pairs); Japanese shares neither list reliably. */
const SCRIPT_PAIRS = '們们這这個个業业單单對对開开關关與与為为會会時时從从後后說说請请設设選选數数據据顯显認认識识讀读寫写記记錄录輸输級级額额標标確确狀状態态銷销價价預预測测閱阅實实際际點点擊击區区間间損损應应該该簡简體体導导員员動动頁页題题';
const TRAD_ONLY = new Set([...SCRIPT_PAIRS].filter((_, i) => i % 2 === 0));
const SIMP_ONLY = new Set([...SCRIPT_PAIRS].filter((_, i) => i % 2 === 1));
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Machine-translation slips: a zh/ja string with English words and no CJK at all (left untranslated;
 * a name such as "Zoho CRM" is fine when it is the same in English), and zh-CN text with
 * traditional-only characters or zh-TW text with simplified-only ones.
 */
export function scriptSlips(lang: Language, table: Record<string, string>, en: Record<string, string> = {}): string[] {
  if (lang === 'en') return [];
  const out: string[] = [];
  for (const [key, text] of Object.entries(table)) {
    const wrong = lang === 'zh-CN' ? TRAD_ONLY : lang === 'zh-TW' ? SIMP_ONLY : null;
    const bad = wrong ? [...new Set([...text].filter((c) => wrong.has(c)))] : [];
    if (bad.length) out.push(`${lang} ${key}: ${bad.join('')}`);
    const plain = text.replace(/\{\w+\}/g, '');
    if (!CJK.test(plain) && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(plain) && plain !== en[key]) out.push(`${lang} ${key}: untranslated "${text}"`);
  }
  return out;
}

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

  it('the manifest and store strings (public/_locales) exist in every language, within the store limits', () => {
    const read = (d: string) => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', d, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(readdirSync(join(ROOT, 'public', '_locales')).sort()).toEqual(Object.values(LOCALE_DIRS).sort());
    const en = read('en');
    for (const key of ['extName', 'extDescription', 'storeShortDescription', 'storeLongDescription']) expect(en[key], key).toBeDefined();
    for (const [lang, dir] of Object.entries(LOCALE_DIRS)) {
      const t = read(dir);
      expect(Object.keys(t).sort(), dir).toEqual(Object.keys(en).sort());
      for (const [key, v] of Object.entries(t)) expect(v.message.trim(), `${dir} ${key}`).not.toBe('');
      // Chrome Web Store: name ≤ 75, description (and the store summary) ≤ 132 characters.
      expect([...(t.extName?.message ?? '')].length, `${dir} extName`).toBeLessThanOrEqual(75);
      for (const key of ['extDescription', 'storeShortDescription']) expect([...(t[key]?.message ?? '')].length, `${dir} ${key}`).toBeLessThanOrEqual(132);
      expect(scriptSlips(lang as Language, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.message]))), dir).toEqual([]);
    }
  });

  it('the slip checker finds English left in a CJK table and the other Chinese script', () => {
    expect(scriptSlips('zh-CN', { a: '显示团队', b: '顯示團隊', c: 'Show the team', d: 'Zoho CRM' }, { d: 'Zoho CRM' })).toEqual([
      'zh-CN b: 顯', 'zh-CN c: untranslated "Show the team"',
    ]);
    expect(scriptSlips('zh-TW', { a: '显示' })).toEqual(['zh-TW a: 显']);
  });

  it.each(areaFiles)('%s has no English left in zh/ja and no characters of the other Chinese script', async (file) => {
    const mod = (await import(pathToFileURL(join(MESSAGES_DIR, file)).href)) as { default: AreaMessages<MessageTable> };
    const en = Object.fromEntries(Object.entries(mod.default.en).map(([k, m]) => [k, forms(m as Message).join(' ')]));
    const problems = (['zh-TW', 'zh-CN', 'ja'] as const).flatMap((lang) =>
      scriptSlips(lang, Object.fromEntries(Object.entries(mod.default[lang] as Record<string, Message>).map(([k, m]) => [k, forms(m).join(' ')])), en),
    );
    expect(problems).toEqual([]);
  });
});
