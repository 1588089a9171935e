import type { ExtractResult } from '../contract';
import { remember, sampleRows, sliceRows } from '../row-slice';
import type { ExtractedDeal } from '../../domain/deal';
import type { DealColumn as DealField } from '../parse';
import { inferDateOrder, valueText } from '../page-context';
import { cleanText, parseDate } from '../parse';
import { assignField, CRM, finish, hubspotField, stripPipelineSuffix, type ReadContext } from './common';
import { HUBSPOT_SELECTORS } from './selectors';
import { hubspotLocation, hubspotRecordUrl } from './urls';

const S = HUBSPOT_SELECTORS.board;

function itemId(item: Element): string | null {
  for (const attr of ['data-selenium-id', 'data-rbd-draggable-id', 'data-object-id']) {
    const v = item.getAttribute(attr);
    if (v && /^\d+$/.test(v)) return v;
  }
  const href = item.querySelector('a[href*="/record/0-3/"], a[href*="/deal/"]')?.getAttribute('href') ?? '';
  return /\/(?:record\/0-3|deal)\/(\d+)/.exec(href)?.[1] ?? null;
}

/** Card properties as field → text. Labels map in any language; an unlabelled money/date value is recognised by shape. */
function cardProperties(card: Element, ctx: ReadContext): Map<DealField, string> {
  const out = new Map<DealField, string>();
  for (const prop of Array.from(card.querySelectorAll(S.property))) {
    const labelEl = prop.querySelector(S.propertyLabel);
    const valueEl = prop.querySelector(S.propertyValue) ?? prop;
    const money = valueEl.querySelector(S.money);
    const text = money ? cleanText(money) : valueText(valueEl, S.propertyLabel);
    let field = labelEl ? hubspotField(cleanText(labelEl)) : null;
    if (!field && !labelEl) {
      if (money) field = 'amount';
      else if (/\d/.test(text) && parseDate(text, { locale: ctx.locale, today: ctx.today })) field = 'closeDate';
    }
    if (field && !out.has(field)) out.set(field, text);
  }
  return out;
}

function company(card: Element): string | null | undefined {
  const chip = card.querySelector(S.associations);
  if (!chip) return undefined;
  const link = chip.querySelector(S.companyLink) ?? chip.querySelector('a');
  const text = cleanText(valueText(link ?? chip));
  return text || null;
}

/** Reads the deals board: one card per deal, stage from its column, footers (Total/Weighted) ignored. */
export function extractBoard(root: ParentNode, ctx: ReadContext): ExtractResult {
  const warnings: string[] = [];
  const { portal } = hubspotLocation(ctx.url);
  const memo = ctx.options?.memo;
  // The cards and pipeline name once per read (ReadMemo): a slice costs O(its cards).
  const { items, pipelines } = remember(memo, 'hs-board', () => {
    let all = Array.from(root.querySelectorAll(S.item));
    if (all.length === 0) all = Array.from(root.querySelectorAll(S.itemFallback));
    const names = new Set<string>();
    const pipelineSelect = root.querySelector('[data-test-id="pipeline-select"]');
    if (pipelineSelect) names.add(cleanText(pipelineSelect).toLowerCase());
    return { items: all, pipelines: names };
  });

  const cards: { id: string; item: Element; props: Map<DealField, string>; stage: string | null; account: string | null | undefined }[] = [];
  const seen = new Set<string>();
  for (const item of sliceRows(items, ctx.options?.rows)) {
    if (!item.isConnected || item.closest('[hidden],[aria-hidden="true"]')) continue;
    const id = itemId(item);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const column = item.closest(S.column);
    const nameEl = column?.querySelector(S.columnName);
    // textContent, not innerText: the column name is CSS-uppercased.
    const stage = nameEl ? stripPipelineSuffix(cleanText(nameEl), pipelines) || null : null;
    const account = company(item);
    cards.push({ id, item, props: cardProperties(item, ctx), stage, account });
  }

  // Whole-board facts from (a sample of) every card, so each slice (options.rows) decides alike:
  // sampled once per read (ReadMemo), never for a slice without cards.
  const { anyChip, closeOrder } = cards.length === 0 ? { anyChip: false, closeOrder: undefined } : remember(memo, 'hs-board-facts', () => {
    const sample = sampleRows(items).filter((item) => !item.closest('[hidden],[aria-hidden="true"]'));
    return {
      anyChip: sample.some((item) => company(item) !== undefined),
      closeOrder: inferDateOrder(sample.map((item) => cardProperties(item, ctx).get('closeDate') ?? '')),
    };
  });
  const deals: ExtractedDeal[] = [];
  for (const { id, item, props, stage, account } of cards) {
    const titleEl = item.querySelector(S.title) ?? item.querySelector('a[href*="/record/0-3/"]');
    const name = cleanText(valueText(titleEl));
    if (!name) continue;
    const deal: ExtractedDeal = { crm: CRM, sourceId: id, name };
    if (stage !== null) deal.stage = stage;
    // A card without a company chip on a board that shows chips has no company.
    if (account !== undefined) deal.account = account;
    else if (anyChip) deal.account = null;
    for (const [field, text] of props) {
      if (field === 'name' || (field === 'stage' && stage !== null)) continue;
      assignField(deal, field, text, ctx, field === 'closeDate' ? closeOrder : undefined);
    }
    const url = hubspotRecordUrl(ctx.url, portal, id);
    if (url) deal.url = url;
    deals.push(finish(deal, ctx));
  }
  if (items.length > 0 && deals.length === 0 && !ctx.options?.rows) warnings.push('HubSpot board: cards were found but none had a deal id and name.');
  return { deals, warnings, rowCount: items.length };
}
