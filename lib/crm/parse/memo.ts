import type { DealStatus } from '../../domain/primitives';
import { parseDate, type DateContext } from './date';
import { parseMoney, type Money, type MoneyContext } from './money';
import { statusFromLabel } from './stage';

/**
 * Cached value parsers for list readers: a 10k-row list repeats the same few stages, dates and
 * often amounts, and the parsers are regex-heavy (money alone was ~10 % of a 10k-row read). The
 * parsers are pure, so a result per distinct input is the result. Bounded: cleared when full.
 */
const MAX = 4096;
const SEP = '\u0001';

function cached<V>(map: Map<string, V>, key: string, make: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined || map.has(key)) return hit as V;
  const v = make();
  if (map.size >= MAX) map.clear();
  map.set(key, v);
  return v;
}

const money = new Map<string, Readonly<Money> | null>();
/** `parseMoney`, once per distinct text and context. The result is frozen (shared between calls). */
export function parseMoneyCached(text: string, ctx: MoneyContext = {}): Readonly<Money> | null {
  return cached(money, `${ctx.locale ?? ''}${SEP}${ctx.crm ?? ''}${SEP}${text}`, () => {
    const m = parseMoney(text, ctx);
    return m ? Object.freeze(m) : null;
  });
}

const dates = new Map<string, string | null>();
/** `parseDate`, once per distinct text and context. */
export function parseDateCached(text: string, ctx: DateContext = {}): string | null {
  // Without an explicit today, "Today" means the clock's date: not a pure function of the key.
  if (!ctx.today) return parseDate(text, ctx);
  return cached(dates, `${ctx.locale ?? ''}${SEP}${ctx.today ?? ''}${SEP}${ctx.order ?? ''}${SEP}${text}`, () => parseDate(text, ctx));
}

// Keyed by the overrides object too (settings may change between reads: a new object each time).
const NO_OVERRIDES = {};
const statuses = new WeakMap<object, Map<string, DealStatus | null>>();
/** `statusFromLabel`, once per distinct label, CRM and overrides object. */
export function statusFromLabelCached(label: string | null | undefined, crm: string, overrides?: Readonly<Record<string, DealStatus>>): DealStatus | null {
  if (!label) return null;
  const owner = overrides ?? NO_OVERRIDES;
  let map = statuses.get(owner);
  if (!map) { map = new Map(); statuses.set(owner, map); }
  return cached(map, `${crm}${SEP}${label}`, () => statusFromLabel(label, crm, overrides));
}
