import { commaDecimal, isLang, isSimplifiedChinese } from './locale';

export interface MoneyContext { locale?: string; crm?: string }
export interface Money { amount: number; currency: string | null }

/** Qualified and bare currency symbols, longest first so `NT$` wins over `$`. */
const SYMBOLS: readonly [string, string][] = [
  ['NT$', 'TWD'], ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['HK$', 'HKD'], ['NZ$', 'NZD'],
  ['MX$', 'MXN'], ['SG$', 'SGD'], ['R$', 'BRL'], ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'],
  ['zł', 'PLN'], ['Kč', 'CZK'], ['Fr.', 'CHF'], ['RM', 'MYR'], ['Rp', 'IDR'], ['kr', 'SEK'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₩', 'KRW'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['₪', 'ILS'], ['฿', 'THB'], ['₫', 'VND'], ['₱', 'PHP'], ['₦', 'NGN'], ['₴', 'UAH'], ['円', 'JPY'],
];

/** Number multipliers written after the figure (`$1.2M`, `€48.5K`, `1,2 Mio. €`, `120万円`). */
const MULTIPLIERS: readonly [RegExp, number][] = [
  [/^(k|thousand|tsd\.?|千)(?![a-z])/i, 1e3],
  [/^(m|mm|mn|mil|mio\.?|million|millionen)(?![a-z])/i, 1e6],
  [/^(b|bn|billion|mrd\.?|milliarden)(?![a-z])/i, 1e9],
  [/^万/, 1e4],
  [/^(億|亿)/, 1e8],
];

/** A lettered symbol (`R$`, `kr`, `Fr.`) counts only as a word of its own: built once, not per amount. */
const SYMBOL_TESTS: readonly [(around: string) => boolean, string][] = SYMBOLS.map(([sym, code]) => {
  if (sym.length > 1 && /^[A-Za-z]/.test(sym)) {
    const re = new RegExp(`(?:^|[^A-Za-z])${sym.replace(/[.$]/g, '\\$&')}(?![A-Za-z])`);
    return [(around: string) => re.test(around), code];
  }
  return [(around: string) => around.includes(sym), code];
});

const PLACEHOLDER = /^(?:[-–—‐−_.*]+|n\/?a|none|null|keine?|sans|なし|無|无)$/i;

function symbolCurrency(token: string, ctx: MoneyContext): string | null {
  if (token === '¥') return isSimplifiedChinese(ctx.locale) ? 'CNY' : 'JPY';
  if (token === '元') return isLang(ctx.locale, 'zh') && !isSimplifiedChinese(ctx.locale) ? 'TWD' : 'CNY';
  for (const [sym, code] of SYMBOLS) if (sym === token) return code;
  return null;
}

/** Finds a currency (ISO code or symbol) in the text around the figure. */
function findCurrency(around: string, ctx: MoneyContext): string | null {
  const iso = /(?:^|[^A-Za-z])([A-Z]{3})(?![A-Za-z])/.exec(around);
  if (iso?.[1]) return iso[1];
  // Qualified yen/yuan signs (Intl's English `CN¥`, `JP¥`) before the bare, locale-dependent `¥`.
  if (around.includes('CN¥')) return 'CNY';
  if (around.includes('JP¥')) return 'JPY';
  if (around.includes('¥')) return symbolCurrency('¥', ctx);
  if (around.includes('元')) return symbolCurrency('元', ctx);
  for (const [found, code] of SYMBOL_TESTS) if (found(around)) return code;
  return null;
}

/** Decides which separator is the decimal one, from the digit pattern first and the locale second. */
function toNumber(figure: string, ctx: MoneyContext, hasMultiplier: boolean, suffixCurrency: boolean, cjkUnit = false): number | null {
  const f = figure.replace(/['\u2019\s]/g, '');
  const lastDot = f.lastIndexOf('.');
  const lastComma = f.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = f.split(sep).length - 1;
    const after = f.length - f.lastIndexOf(sep) - 1;
    if (count > 1) decimal = null; // 1,234,567 or 1.234.567: grouping only
    else if (sep === ',' && cjkUnit) decimal = null; // 1,200万円: a comma before 万/億 always groups
    else if (after !== 3 || hasMultiplier) decimal = sep; // 12,50 · 1.5 · $1.250M
    else {
      // `1,234` / `1.234`: the locale decides; without one, a trailing symbol (`1.234 €`) hints at European style.
      const commaLocale = ctx.locale ? commaDecimal(ctx.locale) : suffixCurrency;
      decimal = commaLocale ? (sep === ',' ? ',' : null) : sep === '.' ? '.' : null;
    }
  }
  const group = decimal === ',' ? /\./g : decimal === '.' ? /,/g : /[.,]/g;
  let normal = f.replace(group, '');
  if (decimal === ',') normal = normal.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/**
 * Parses a displayed amount: `$1,250,000.00`, `USD 12,500.00`, `NT$1,200,000`, `1.234,56 €`,
 * `¥1,200,000`, `$1.2M`, `CHF 33K`, `-$4,500.00`, `($2,000.00)`, `EUR 40,000.00 (USD 43,120.00)`
 * (first figure: the record's own currency). Blank and placeholders (`—`, `--`) give null.
 * `currency` is null when the text names none (the caller may know the org currency).
 */
export function parseMoney(text: string | null | undefined, ctx: MoneyContext = {}): Money | null {
  if (text == null) return null;
  let s = text.normalize('NFKC').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
  if (!s || PLACEHOLDER.test(s)) return null;
  let negative = false;
  // Accounting negative: the whole value in parentheses.
  const paren = /^\((.*)\)$/.exec(s);
  if (paren?.[1] !== undefined) { negative = true; s = paren[1].trim(); }
  // Dual display: keep what precedes a parenthesised converted value.
  const dual = /^([^()]*\d[^()]*?)\s*\(.*\)\s*$/.exec(s);
  if (dual?.[1] !== undefined) s = dual[1].trim();
  const m = /\d(?:[\d.,'\u2019]|\s(?=\d{3}(?!\d)))*/.exec(s);
  if (!m) return null;
  const figure = m[0].replace(/[.,]+$/, '');
  const before = s.slice(0, m.index);
  let after = s.slice(m.index + figure.length).trim();
  let multiplier = 1;
  for (const [re, k] of MULTIPLIERS) {
    const hit = re.exec(after);
    if (hit) { multiplier = k; after = after.slice(hit[0].length).trim(); break; }
  }
  // `-$4,500.00`, `$-4,500.00`, `USD -12.00`, `4,500.00-`
  if (/[-–]/.test(before) || /^-/.test(after)) negative = true;
  const prefix = findCurrency(before, ctx);
  const suffix = prefix === null ? findCurrency(after, ctx) : null;
  const value = toNumber(figure, ctx, multiplier !== 1, prefix === null && suffix !== null, multiplier === 1e4 || multiplier === 1e8);
  if (value === null) return null;
  const currency = prefix ?? suffix;
  const amount = Math.round(value * multiplier * 1e6) / 1e6;
  return { amount: negative && amount !== 0 ? -amount : amount, currency };
}
