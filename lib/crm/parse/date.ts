import { dateOrder } from './locale';

export interface DateContext {
  locale?: string;
  /** YYYY-MM-DD used for relative words ("Today", "昨天"); defaults to the local date. */
  today?: string;
  /** Forces the order of all-numeric dates when the page tells us (e.g. a user-format setting). */
  order?: 'MDY' | 'DMY' | 'YMD';
}

/** Month names and abbreviations (en, de, fr, es, it, pt, nl), lower case, accents kept. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly string[][] = [
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jan', 'jän', 'janv', 'ene', 'gen'],
  ['february', 'februar', 'février', 'febrero', 'febbraio', 'fevereiro', 'februari', 'feb', 'févr', 'fév', 'fevr', 'fev'],
  ['march', 'märz', 'mars', 'marzo', 'março', 'maart', 'mar', 'mär', 'mrz'],
  ['april', 'avril', 'abril', 'aprile', 'apr', 'avr', 'abr'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'mag'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'jun', 'giu'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'jul', 'juil', 'lug'],
  ['august', 'août', 'agosto', 'augustus', 'aug', 'aoû', 'ago'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'sep', 'sept', 'set'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'oct', 'okt', 'ott', 'out'],
  ['november', 'novembre', 'noviembre', 'novembro', 'nov'],
  ['december', 'dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro', 'dec', 'dez', 'déc', 'dic'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** Relative day words the CRMs show, in the languages Pacer supports plus de/fr/es. */
const RELATIVE: readonly [RegExp, number][] = [
  [/^(today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|今天|今日|本日)(?![\p{L}])/iu, 0],
  [/^(yesterday|gestern|hier|ayer|ieri|ontem|gisteren|昨天|昨日)(?![\p{L}])/iu, -1],
  [/^(tomorrow|morgen|demain|mañana|domani|amanhã|明天|明日)(?![\p{L}])/iu, 1],
];

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function shiftDays(iso: string, days: number): string | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  return ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** `a/b/yyyy`, `a.b.yyyy`, `a-b-yy`: day/month order from the numbers when they tell, else the locale. */
function numericDmy(a: number, b: number, y: number, sep: string, ctx: DateContext): string | null {
  if (a > 12 && b <= 12) return ymd(y, b, a);
  if (b > 12 && a <= 12) return ymd(y, a, b);
  // No locale writes month-first with dots (27.11.2026 is de/ru/…), so dots mean day-first.
  const order = ctx.order ?? (sep === '.' ? 'DMY' : dateOrder(ctx.locale));
  return order === 'DMY' ? ymd(y, b, a) : ymd(y, a, b);
}

function withMonthName(s: string, ctx: DateContext): string | null {
  const words = s.toLowerCase().match(/\p{L}+\.?/gu) ?? [];
  let month = 0;
  for (const w of words) {
    const key = w.replace(/\.$/, '');
    if (MONTHS[key]) { month = MONTHS[key]; break; }
  }
  if (!month) return null;
  const noTime = s.replace(/\d{1,2}:\d{2}.*$/, '');
  const year = /\b(\d{4})\b/.exec(noTime);
  const day = /(?:^|\D)(\d{1,2})(?!\d)/.exec(noTime.replace(/\b\d{4}\b/, ' '));
  if (!day?.[1]) return null;
  const y = year?.[1] ? Number(year[1]) : Number((ctx.today ?? localToday()).slice(0, 4));
  return ymd(y, month, Number(day[1]));
}

/**
 * Parses a displayed date or datetime to `YYYY-MM-DD` (the date part as shown, time and zone
 * dropped): ISO, `2026/11/27`, `2026/1/5`, `2026年11月27日`, `11/27/2026`, `27.11.2026`,
 * `Nov 27, 2026`, `27 Nov 2026`, `Oct 3, 2025 9:14 AM EDT`, and Today / Yesterday / Tomorrow
 * (en, zh, ja, de, fr, es). Ambiguous all-numeric dates follow `ctx.order`, else the locale.
 */
export function parseDate(text: string | null | undefined, ctx: DateContext = {}): string | null {
  if (text == null) return null;
  const s = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!s || !/[\d\p{L}]/u.test(s)) return null;
  for (const [re, shift] of RELATIVE) if (re.test(s)) return shiftDays(ctx.today ?? localToday(), shift);
  let m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s) ?? /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?!\d)/.exec(s);
  if (m) return numericDmy(Number(m[1]), Number(m[3]), Number(m[4]), m[2] ?? '/', ctx);
  return withMonthName(s, ctx);
}
