import type { ExtractResult } from '../contract';
import { remember, sampleRows, sliceRows } from '../row-slice';
import type { ExtractedDeal } from '../../domain/deal';
import { inferDateOrder, valueText } from '../page-context';
import { cleanText, parseDate, parseMoney } from '../parse';
import { assignField, CRM, explicitStatus, settleStatus, textOrNull, type ReadContext } from './common';
import { PIPEDRIVE_SELECTORS } from './selectors';
import { dealIdFromHref, pipedriveDealUrl } from './urls';

const S = PIPEDRIVE_SELECTORS.board;
const MONEY_SHAPE = /[$€£¥₩₹]|\b[A-Z]{3}\b|\d\s*[KkMm]\b/;

/** The tile of a deal link: a known tile element, else the largest ancestor holding only this deal. */
function tileOf(link: Element): Element {
  const known = link.closest(S.tile) ?? link.closest(S.tileGeneric);
  if (known) return known;
  let tile: Element = link;
  for (let p = link.parentElement; p; p = p.parentElement) {
    const ids = new Set(Array.from(p.querySelectorAll('a[href*="/deal/"]')).map((a) => dealIdFromHref(a.getAttribute('href'))));
    // A parent with another deal, or with a heading (a stage column holding one deal), is past the tile.
    if (ids.size > 1 || p.querySelector('h1,h2,h3,h4,h5,h6,header')) break;
    tile = p;
  }
  return tile;
}

/**
 * The stage name of the column holding `tile`: walking up from the tile, the first ancestor with
 * a heading outside any tile. An ancestor with several such headings is the whole board: stop.
 */
function stageOf(tile: Element): string | null {
  for (let p = tile.parentElement, depth = 0; p && depth < 8; p = p.parentElement, depth++) {
    const headings = Array.from(p.querySelectorAll(S.stageName)).filter((h) => !h.closest(S.tile) && !h.contains(tile));
    const names = new Set<string>();
    for (const h of headings) {
      if (h.matches('header') && h.querySelector(S.stageName)) continue;
      const text = cleanText(valueText(h));
      if (text) names.add(text);
    }
    if (names.size > 1) return null;
    const [name] = names;
    if (name) return name;
    const label = p.getAttribute('data-stage-name') ?? (p.matches(S.stage) ? p.getAttribute('aria-label') : null);
    if (label) return cleanText(label);
  }
  return null;
}

function owner(tile: Element): string | null | undefined {
  for (const el of Array.from(tile.querySelectorAll(S.avatar))) {
    const name = cleanText(el.getAttribute('alt') ?? el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '');
    if (name) return name;
  }
  return undefined;
}

/** Leaf texts of a tile, outside its title link and owner avatar. */
function leaves(tile: Element, title: Element | null): Element[] {
  return Array.from(tile.querySelectorAll('*')).filter(
    (el) => el.children.length === 0 && !(title && title.contains(el)) && cleanText(el) !== '',
  );
}

/** Reads the pipeline board: stage from the column, owner from the avatar, open deals unless a tile says otherwise. */
export function extractBoard(root: ParentNode, ctx: ReadContext): ExtractResult {
  const memo = ctx.options?.memo;
  // The tiles once per read (ReadMemo): a slice costs O(its tiles).
  const allTiles = remember(memo, 'pd-board', () => {
    const links = Array.from(root.querySelectorAll('a[href*="/deal/"]')).filter((a) => !a.closest('nav,[hidden],[aria-hidden="true"]'));
    const tiles = new Map<string, Element>();
    for (const link of links) {
      const id = dealIdFromHref(link.getAttribute('href'));
      if (id && !tiles.has(id)) tiles.set(id, tileOf(link));
    }
    return [...tiles];
  });
  const closeOf = (tile: Element): string | null => {
    const dateEl = tile.querySelector(S.closeDate);
    return dateEl ? cleanText(dateEl) : null;
  };
  const raw = sliceRows(allTiles, ctx.options?.rows).filter(([, tile]) => tile.isConnected).map(([id, tile]) => ({ id, tile, close: closeOf(tile) }));
  // Date order from (a sample of) every tile, so each slice (options.rows) decides alike: sampled
  // once per read (ReadMemo), never for a slice without tiles (the probe).
  const order = raw.length === 0 ? undefined : remember(memo, 'pd-board-order', () => inferDateOrder(sampleRows(allTiles).map(([, tile]) => closeOf(tile) ?? '')));
  const deals: ExtractedDeal[] = [];
  for (const { id, tile, close } of raw) {
    const title = tile.querySelector(S.title);
    const name = cleanText(valueText(title));
    if (!name) continue;
    const deal: ExtractedDeal = { crm: CRM, sourceId: id, name };
    const stage = stageOf(tile);
    if (stage) deal.stage = stage;
    const o = owner(tile);
    if (o !== undefined) deal.owner = o;
    const orgEl = tile.querySelector(S.org);
    const rest = leaves(tile, title);
    if (orgEl) deal.account = textOrNull(valueText(orgEl));
    // The amount: a value element, else a leaf that reads as money. A tile without one has no value.
    const valueEl = tile.querySelector(S.value) ?? rest.find((el) => MONEY_SHAPE.test(cleanText(el)) && parseMoney(cleanText(el)) !== null);
    assignField(deal, 'amount', valueEl ? cleanText(valueEl) : '', ctx);
    const dateText = close ?? rest.map((el) => cleanText(el)).find((t) => /\d/.test(t) && !MONEY_SHAPE.test(t) && parseDate(t, { locale: ctx.locale, today: ctx.today }));
    if (dateText) assignField(deal, 'closeDate', dateText, ctx, order);
    else deal.closeDate = null;
    // Boards list open deals; a won/lost badge on a tile (filtered boards) says otherwise.
    const badge = Array.from(tile.querySelectorAll('[class*="badge" i], [class*="status" i]')).map((b) => explicitStatus(cleanText(b))).find((s) => s === 'won' || s === 'lost');
    const url = pipedriveDealUrl(ctx.url, id);
    if (url) deal.url = url;
    deals.push(settleStatus(deal, badge ?? 'open', ctx));
  }
  return { deals, warnings: [], rowCount: allTiles.length };
}
