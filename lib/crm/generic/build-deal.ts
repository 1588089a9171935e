import type { ExtractedDeal } from '../../domain/deal';
import type { ExtractOptions } from '../contract';
import { inferDateOrder, isPlaceholder, valueText } from '../page-context';
import type { DealStatus } from '../../domain/primitives';
import { cleanText, parseDate, parseMoney, parseProbability, statusByTable } from '../parse';
import type { HeaderField } from './headers';
import { linkId, recordLink, rowAttrId, scopedId, stableHash } from './record-id';

export const GENERIC_CRM = 'generic';

/** One row (or card): its element and the element holding each field the page shows. */
export interface FieldRow {
  row: Element;
  cells: Partial<Record<HeaderField, Element | null>>;
  /** Stage known from outside the row (a board column's heading). */
  stage?: string;
  /** For taught mappings: read the id from this row attribute, or `link` (the name's link). */
  idFrom?: string | null;
}

export interface BuildContext {
  url: URL;
  locale: string | undefined;
  options: ExtractOptions;
  /** Date order of all-numeric dates in this list, decided from all its values. */
  dateOrder?: 'MDY' | 'DMY';
  /**
   * A built-in CRM's page (taught mappings only, ./owned-rows.ts): rows showing that CRM's own
   * record id become its deals (its `crm` and `sourceId`); its stage table decides every row's status.
   */
  owner?: RowOwner | null;
}

/** The built-in CRM whose page a taught mapping reads (./owned-rows.ts `rowOwner`). */
export interface RowOwner {
  /** The adapter's id (`deal.crm`). */
  crm: string;
  /** The CRM's default stage → status table (lib/crm/parse/stage.ts), when it has one. */
  stages?: Readonly<Record<string, DealStatus>>;
  /** The row's id in that CRM (and its record link), or null when the row shows none. */
  idOf(r: FieldRow, pageUrl: URL): { id: string; url: string | null } | null;
  /** Warns when `count` (> 0) deals showed no such id (stored as generic deals). */
  warnUnowned(what: string, count: number, warnings: string[]): void;
}

export interface BuiltDeal {
  deal: ExtractedDeal;
  /** true when no record id was found and the id is a hash of host + name. */
  hashedId: boolean;
}

const text = (el: Element | null | undefined): string => {
  const t = valueText(el);
  return t && !isPlaceholder(t) ? cleanText(t) : '';
};

/** Machine-readable values first (`<time datetime>`, `data-value`), then the shown text. */
function rawDate(el: Element): string {
  return el.querySelector('time[datetime]')?.getAttribute('datetime') ?? el.getAttribute('data-value') ?? valueText(el);
}

/** The order of numeric dates across the given rows' date cells, for `BuildContext.dateOrder`. */
export function listDateOrder(rows: readonly FieldRow[]): 'MDY' | 'DMY' | undefined {
  const texts: string[] = [];
  for (const r of rows) for (const f of ['closeDate', 'createdDate'] as const) {
    const el = r.cells[f];
    if (el) texts.push(valueText(el));
  }
  return inferDateOrder(texts);
}

/** The row's id: the taught attribute, else a row id attribute, else the record link's id, else a hash of host + name. */
function idOf(r: FieldRow, name: string, ctx: BuildContext): { id: string; url: string | null; hashed: boolean } {
  const url = recordLink(r.cells.name ?? null, r.row, ctx.url);
  const id = (r.idFrom && r.idFrom !== 'link' ? r.row.getAttribute(r.idFrom)?.trim() : null)
    || (r.idFrom === 'link' ? null : rowAttrId(r.row)?.value)
    || (url ? linkId(url) : null);
  return id ? { id, url, hashed: false } : { id: `h-${stableHash(`${ctx.url.host.toLowerCase()}\n${name}`)}`, url, hashed: true };
}

/**
 * One deal from one row. Fields whose element the page does not show stay absent; a shown but
 * blank field is null. Rows without a name are not deals (group headers, totals, spacers).
 */
export function buildDeal(r: FieldRow, ctx: BuildContext): BuiltDeal | null {
  const name = text(r.cells.name);
  if (!name) return null;
  const own = ctx.owner?.idOf(r, ctx.url);
  const { id, url, hashed } = own ? { ...own, hashed: false } : idOf(r, name, ctx);
  // The page's CRM decides how its stage labels read, whoever stores the deal (amounts read by locale only).
  const crm = ctx.owner?.crm ?? GENERIC_CRM;
  // A row with the owner CRM's own id is that CRM's deal (`own` is only set with an owner).
  const deal: ExtractedDeal = own ? { crm, sourceId: id, name } : { crm: GENERIC_CRM, sourceId: scopedId(ctx.url, id), name };
  const stages = ctx.owner?.stages;
  const locale = ctx.locale ? { locale: ctx.locale } : {};
  const dateCtx = {
    ...locale,
    ...(ctx.options.today ? { today: ctx.options.today } : {}),
    ...(ctx.dateOrder ? { order: ctx.dateOrder } : {}),
  };
  const { cells } = r;
  if (cells.account !== undefined) deal.account = text(cells.account) || null;
  if (cells.owner !== undefined) deal.owner = text(cells.owner) || null;
  if (cells.amount !== undefined) {
    const money = cells.amount ? parseMoney(text(cells.amount), locale) : null;
    deal.amount = money?.amount ?? null;
    deal.currency = money?.currency ?? null;
  }
  const stage = r.stage ?? (cells.stage !== undefined ? text(cells.stage) || null : undefined);
  if (stage !== undefined) deal.stage = stage;
  if (cells.closeDate !== undefined) deal.closeDate = cells.closeDate ? parseDate(rawDate(cells.closeDate), dateCtx) : null;
  if (cells.createdDate !== undefined) deal.createdDate = cells.createdDate ? parseDate(rawDate(cells.createdDate), dateCtx) : null;
  if (cells.probability !== undefined) deal.probability = parseProbability(text(cells.probability));
  // An explicit Status column ("Won", "Lost", "Open") wins when it says something; else the stage decides.
  const overrides = ctx.options.stageStatus;
  const explicit = cells.status ? statusByTable(text(cells.status), stages, overrides) : null;
  if (explicit && explicit !== 'open') deal.status = explicit;
  else if (stage) deal.status = statusByTable(stage, stages, overrides) ?? 'open';
  else if (explicit) deal.status = explicit;
  if (url) deal.url = url;
  return { deal, hashedId: hashed };
}

/** Builds every row, drops duplicates (same id twice), and explains what was guessed. */
export function buildDeals(rows: readonly FieldRow[], ctx: BuildContext, warnings: string[], what: string): ExtractedDeal[] {
  const seen = new Set<string>();
  const deals: ExtractedDeal[] = [];
  let hashed = 0;
  for (const r of rows) {
    const built = buildDeal(r, ctx);
    if (!built || seen.has(built.deal.sourceId)) continue;
    seen.add(built.deal.sourceId);
    if (built.hashedId) hashed++;
    deals.push(built.deal);
  }
  // On a built-in CRM's page, rows without its record id were stored as generic deals (its crm is never 'generic').
  if (ctx.owner) ctx.owner.warnUnowned(what, deals.filter((d) => d.crm === GENERIC_CRM).length, warnings);
  if (hashed > 0) {
    warnings.push(`${what}: ${hashed} deal(s) show no record id or link; they are identified by host and name, so renaming one in the CRM makes it look like a new deal.`);
  }
  return deals;
}
