import type { DealStatus } from '../domain/primitives';
import type { ExtractedDeal } from '../domain/deal';
import { cleanText, parseDateCached, parseMoneyCached, parseProbability, statusFromLabelCached, type DealColumn } from './parse';

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

/** First date-looking part of a text such as "Maya Okafor, 6/9/2026, 10:42 AM". */
function dateIn(text: string, ctx: RowContext): string | null {
  const dc = { locale: ctx.locale, today: ctx.today, order: ctx.dateOrder };
  const direct = parseDateCached(text, dc);
  if (direct) return direct;
  const m = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}/.exec(text);
  return m ? parseDateCached(m[0], dc) : null;
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
  if (t.account !== undefined) deal.account = textOrNull(t.account);
  if (t.owner !== undefined) deal.owner = textOrNull(t.owner);
  if (t.amount !== undefined) {
    const money = parseMoneyCached(t.amount, { locale: ctx.locale, crm: ctx.crm });
    deal.amount = money ? money.amount : null;
    deal.currency = money ? money.currency : null;
  }
  if (t.stage !== undefined) deal.stage = textOrNull(t.stage);
  // Cached per distinct label: a list repeats a handful of stages over thousands of rows.
  const explicit = t.status !== undefined ? statusFromLabelCached(t.status, ctx.crm, ctx.stageStatus) : null;
  if (explicit) deal.status = explicit;
  else if (t.stage !== undefined) deal.status = statusFromLabelCached(deal.stage, ctx.crm, ctx.stageStatus) ?? 'open';
  if (t.closeDate !== undefined) deal.closeDate = dateIn(t.closeDate, ctx);
  if (t.createdDate !== undefined) deal.createdDate = dateIn(t.createdDate, ctx);
  if (t.probability !== undefined) deal.probability = parseProbability(t.probability);
  if (url) deal.url = url;
  return deal;
}
