/**
 * Locale facts the parsers need. Kept tiny on purpose: we only need to know which locales write
 * `1.234,56` (comma decimal) and which write dates day-first.
 */
const COMMA_DECIMAL = new Set([
  'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'no', 'nn', 'fi', 'tr',
  'id', 'vi', 'ro', 'hu', 'el', 'uk', 'bg', 'hr', 'sl', 'sr', 'lt', 'lv', 'et', 'ca', 'is', 'be', 'kk', 'az',
]);
const DAY_FIRST_EN = new Set(['GB', 'AU', 'NZ', 'IE', 'IN', 'ZA', 'SG', 'HK', 'MY', 'PK', 'NG', 'KE']);
const YEAR_FIRST = new Set(['zh', 'ja', 'ko', 'hu', 'lt', 'mn']);

function split(locale: string | undefined): { lang: string; region: string } {
  const [lang = '', region = ''] = (locale ?? '').replace(/_/g, '-').split('-');
  return { lang: lang.toLowerCase(), region: region.toUpperCase() };
}

/** True when the locale writes the decimal separator as a comma (de-DE `1.234,56`). de-CH/en-* use a dot. */
export function commaDecimal(locale: string | undefined): boolean {
  const { lang, region } = split(locale);
  if (region === 'CH' || region === 'LI') return false;
  return COMMA_DECIMAL.has(lang);
}

/** The numeric date order a locale uses for `a/b/yyyy` shapes. */
export function dateOrder(locale: string | undefined): 'MDY' | 'DMY' | 'YMD' {
  const { lang, region } = split(locale);
  if (!lang) return 'MDY';
  if (lang === 'en') return DAY_FIRST_EN.has(region) ? 'DMY' : 'MDY';
  if (YEAR_FIRST.has(lang)) return 'YMD';
  return 'DMY';
}

export function isLang(locale: string | undefined, lang: string): boolean {
  return split(locale).lang === lang;
}
export function isSimplifiedChinese(locale: string | undefined): boolean {
  const { lang, region } = split(locale);
  if (lang !== 'zh') return false;
  const l = (locale ?? '').toLowerCase();
  return region === 'CN' || region === 'SG' || l.includes('hans') || region === '';
}
