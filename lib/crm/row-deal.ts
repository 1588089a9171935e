import type { DealStatus } from '../domain/primitives';
import type { ExtractedDeal } from '../domain/deal';
import { cleanText, parseDate, parseMoney, parseProbability, statusFromLabel, type DealColumn } from './parse';

/** The texts a page shows for one deal, by field. A key that is absent = the page doesn't show it. */
export type RowTexts = Partial<Record<DealColumn, string>>;

export interface RowContext {
  crm: string;
  locale?: string;
  today?: string;
  /** Order of all-numeric dates for this table, when the values told (see inferDateOrder). */
  dateOrder?: 'MDY' | 'DMY' | 'YMD';
  stageStatus?: Readonly<Record<string, DealStatus>>;
}

const textOrNull = (t: string): string | null => {
  const c = cleanText(t);
  return c && !/^[-–—]+$/.test(c) ? c : null;
};

/**
 * Results by raw cell text, per row context (one table of one read): a list repeats a handful of
 * stages, dates, amounts and owners over thousands of rows, and the parsers are regex-heavy. A raw
 * text read from the page is its own key: no key string to build per row (the former global caches
 * built one per value).
 */
type Memo = Map<string, unknown>[];
const memos = new WeakMap<RowContext, Memo>();

/** `f(text)` once per distinct text in map `i` of the context's memo (bounded); f never returns undefined. */
function once<V>(m: Memo, i: number, text: string, f: (t: string) => V): V {
  const map = (m[i] ??= new Map());
  let v = map.get(text) as V | undefined;
  if (v === undefined) { v = f(text); if (map.size < 4096) map.set(text, v); }
  return v;
}

/** `dateIn` by the memo; without `today` a date depends on the clock ("Today"), not on the text alone. */
const date = (m: Memo, text: string, ctx: RowContext): string | null => (ctx.today ? once(m, 3, text, (y) => dateIn(y, ctx)) : dateIn(text, ctx));

/** First date-looking part of a text such as "Maya Okafor, 6/9/2026, 10:42 AM". */
function dateIn(text: string, ctx: RowContext): string | null {
  const dc = { locale: ctx.locale, today: ctx.today, order: ctx.dateOrder };
  const direct = parseDate(text, dc);
  if (direct) return direct;
  const m = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}/.exec(text);
  return m ? parseDate(m[0], dc) : null;
}

/**
 * One deal from the texts of its row or record: values parsed with the shared parsers, fields the
 * page does not show left absent, status from an explicit status column when it says something,
 * else from the stage. Null when there is no name (not a deal row).
 */
export function dealFromTexts(sourceId: string, t: RowTexts, ctx: RowContext, url?: string | null): ExtractedDeal | null {
  const name = t.name === undefined ? '' : cleanText(t.name);
  if (!sourceId || !name) return null;
  const deal: ExtractedDeal = { crm: ctx.crm, sourceId, name };
  let m = memos.get(ctx);
  if (!m) memos.set(ctx, (m = []));
  if (t.account !== undefined) deal.account = once(m, 0, t.account, textOrNull);
  if (t.owner !== undefined) deal.owner = once(m, 0, t.owner, textOrNull);
  if (t.amount !== undefined) {
    const money = once(m, 1, t.amount, (y) => parseMoney(y, ctx));
    deal.amount = money ? money.amount : null;
    deal.currency = money ? money.currency : null;
  }
  if (t.stage !== undefined) deal.stage = once(m, 0, t.stage, textOrNull);
  const status = (x: string | null | undefined) => (x ? once(m, 2, x, (y) => statusFromLabel(y, ctx.crm, ctx.stageStatus)) : null);
  const explicit = t.status !== undefined ? status(t.status) : null;
  if (explicit) deal.status = explicit;
  else if (t.stage !== undefined) deal.status = status(deal.stage) ?? 'open';
  if (t.closeDate !== undefined) deal.closeDate = date(m, t.closeDate, ctx);
  if (t.createdDate !== undefined) deal.createdDate = date(m, t.createdDate, ctx);
  if (t.probability !== undefined) deal.probability = once(m, 4, t.probability, parseProbability);
  if (url) deal.url = url;
  return deal;
}
