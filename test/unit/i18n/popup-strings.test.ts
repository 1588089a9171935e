import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { popupMessages } from '../../../lib/i18n/popup-strings';
import { allMessages } from '../../../lib/i18n';
import type { Language } from '../../../lib/domain/settings';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const LANGS: Language[] = ['en', 'zh-TW', 'zh-CN', 'ja'];

/** The source files the popup page loads: relative imports, static and lazy, from its entry (the fallback's full tables aside). */
function popupSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    const specifiers = [
      ...[...src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => m[1]!),
      ...[...src.matchAll(/\bimport\('(\.[^']+)'\)/g)].map((m) => m[1]!),
    ];
    for (const specifier of specifiers) {
      const base = resolve(dirname(file), specifier);
      // The fallback when the background does not answer: the full tables, by design.
      if (base === join(ROOT, 'lib/i18n')) continue;
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && /\.tsx?$/.test(f));
      if (found) visit(found);
    }
  };
  visit(join(ROOT, 'entrypoints/popup/main.tsx'));
  return [...seen];
}

describe('popup strings', () => {
  it('hold every key the popup code names, in every language (English under a missing one)', () => {
    const files = popupSources();
    expect(files.some((f) => f.endsWith('components/popup/team-table.tsx'))).toBe(true);
    expect(files.some((f) => f.endsWith('components/popup/agenda-panel.tsx'))).toBe(true);
    const literal = new Set<string>();
    const prefixes = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) literal.add(m[1]!);
      for (const m of src.matchAll(/\bt\(\s*`([a-zA-Z]+\.[\w.]*)\$\{/g)) prefixes.add(m[1]!);
    }
    expect(literal.size).toBeGreaterThan(50);
    for (const lang of LANGS) {
      const table = popupMessages(lang);
      const keys = Object.keys(table);
      for (const key of literal) expect(table[key], `${lang}: ${key}`).toBeDefined();
      for (const p of prefixes) expect(keys.some((k) => k.startsWith(p)), `${lang}: ${p}*`).toBe(true);
      // Each key in the language's own words where it has them, else English.
      for (const key of keys) expect(table[key]).toEqual(allMessages[lang][key] ?? allMessages.en[key]);
    }
  });

  it('carry only what the popup renders, not the options, sidebar or rules tables', () => {
    const keys = Object.keys(popupMessages('en'));
    expect(keys.some((k) => k.startsWith('options.') || k.startsWith('sidebar.') || k.startsWith('tpr.'))).toBe(false);
    expect(keys.length).toBeLessThan(Object.keys(allMessages.en).length / 2);
  });
});
