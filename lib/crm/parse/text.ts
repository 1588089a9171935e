/** = `TEXT_MAX` of lib/domain/deal.ts, repeated so the content script does not bundle zod (a test keeps them equal). */
export const TEXT_MAX = 500;

/** Characters that are never meaningful in a value read from a page (controls, zero-width, bidi marks). */
const INV = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF';
const INVISIBLE = new RegExp(`[${INV}]`, 'g');
/** Already clean: words of visible characters separated by single spaces (most values read from a list). */
const CLEAN = new RegExp(`^[^\\s${INV}]+(?: [^\\s${INV}]+)*$`);

/**
 * Plain text of a node or string: `textContent` (never `innerText`, so CSS `text-transform`
 * and layout never leak into values), invisible characters dropped, whitespace collapsed,
 * trimmed and capped at `max` code points so a hostile page cannot bloat storage.
 */
export function cleanText(source: Node | string | null | undefined, max: number = TEXT_MAX): string {
  if (source == null) return '';
  const raw = typeof source === 'string' ? source : (source.textContent ?? '');
  const text = CLEAN.test(raw) ? raw : raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  // Cap by code points so a surrogate pair (emoji) is never cut in half.
  return Array.from(text).slice(0, max).join('').trim();
}

/** Label normalisation for matching (headers, stages): NFKC, lower case, unified dashes, single spaces. */
export function normLabel(text: string): string {
  return cleanText(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
