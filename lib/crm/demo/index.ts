import type { ExtractedDeal } from '../../domain/deal';
import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind } from '../contract';
import { cleanText, parseDate, parseMoney, parseProbability, safeRecordUrl, stageToStatus } from '../parse';
import { remember, sliceRows } from '../row-slice';
import { DEMO_SELECTORS as S } from './selectors';
import { demoPageKind, isDemoUrl } from './urls';

const CRM = 'demo';

function fieldText(container: ParentNode, name: string): string | undefined {
  const el = container.querySelector(S.field(name));
  return el ? cleanText(el) : undefined;
}

/** Prefers the machine-readable `<time datetime>`; falls back to the shown text. */
function fieldDate(container: ParentNode, name: string, o: ExtractOptions): string | null | undefined {
  const el = container.querySelector(S.field(name));
  if (!el) return undefined;
  const ctx = { locale: o.locale ?? 'en-US', ...(o.today ? { today: o.today } : {}) };
  const iso = el.querySelector('time[datetime]')?.getAttribute('datetime');
  return (iso ? parseDate(iso, ctx) : null) ?? parseDate(cleanText(el), ctx);
}

/**
 * Reads one deal from a row, card or record. Fields the container does not show stay absent,
 * so a board card (no probability) never blanks what the list supplied.
 */
function readDeal(container: Element, url: URL, o: ExtractOptions, stageOverride?: string): ExtractedDeal | null {
  const sourceId = container.getAttribute('data-deal-id')?.trim();
  const name = fieldText(container, 'name');
  if (!sourceId || !name) return null;
  const deal: ExtractedDeal = { crm: CRM, sourceId, name };
  const account = fieldText(container, 'account');
  if (account !== undefined) deal.account = account || null;
  const owner = fieldText(container, 'owner');
  if (owner !== undefined) deal.owner = owner || null;
  const amountText = fieldText(container, 'amount');
  if (amountText !== undefined) {
    const money = parseMoney(amountText, { locale: o.locale ?? 'en-US', crm: CRM });
    deal.amount = money?.amount ?? null;
    deal.currency = money?.currency ?? null;
  }
  const stage = stageOverride ?? fieldText(container, 'stage');
  if (stage !== undefined) {
    deal.stage = stage || null;
    deal.status = stageToStatus(stage, CRM, o.stageStatus);
  }
  const closeDate = fieldDate(container, 'closeDate', o);
  if (closeDate !== undefined) deal.closeDate = closeDate;
  const createdDate = fieldDate(container, 'createdDate', o);
  if (createdDate !== undefined) deal.createdDate = createdDate;
  const probability = fieldText(container, 'probability');
  if (probability !== undefined) deal.probability = parseProbability(probability);
  const link = container.querySelector(`${S.recordLink}${S.field('name')}, ${S.field('name')} ${S.recordLink}`);
  const href = safeRecordUrl(link?.getAttribute('href'), url);
  deal.url = href ?? (container.matches(S.record) ? safeRecordUrl(url.href, url) : null);
  return deal;
}

function containers(root: ParentNode, kind: PageKind): { el: Element; stage?: string }[] {
  if (kind === 'list') return [...root.querySelectorAll(S.listRow)].map((el) => ({ el }));
  if (kind === 'record') return [...root.querySelectorAll(S.record)].map((el) => ({ el }));
  if (kind !== 'board') return [];
  return [...root.querySelectorAll(S.boardColumn)].flatMap((col) => {
    const stage = cleanText(col.querySelector(S.boardStageName) ?? '');
    return [...col.querySelectorAll(S.boardCard)].map((el) => ({ el, stage }));
  });
}

export const demoAdapter: CrmAdapter = {
  id: CRM,
  label: 'Harbor CRM (demo)',
  matches: isDemoUrl,
  pageKind: (url) => demoPageKind(url),
  extract(root, url, options = {}): ExtractResult {
    const kind = demoPageKind(url);
    const deals: ExtractedDeal[] = [];
    const warnings: string[] = [];
    // Lists and boards honour a row slice (ExtractOptions.rows), their items found once per read
    // (ReadMemo); a record page is one deal.
    const rows = kind === 'list' || kind === 'board';
    const all = rows ? remember(options.memo, `demo-${kind}`, () => containers(root, kind)) : containers(root, kind);
    for (const { el, stage } of rows ? sliceRows(all, options.rows) : all) {
      if (!el.isConnected) continue;
      const deal = readDeal(el, url, options, stage);
      if (deal) deals.push(deal);
      else warnings.push(`Skipped an item without a deal id or name (${kind} view).`);
    }
    const user = root.querySelector(S.signedInUser)?.getAttribute('data-current-user');
    return { deals, warnings, currentUser: user ? cleanText(user) : null, ...(rows ? { rowCount: all.length } : {}) };
  },
};
