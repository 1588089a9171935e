import type { ExtractResult } from '../contract';
import type { DealStatus } from '../../domain/primitives';
import type { ExtractedDeal } from '../../domain/deal';
import { valueText } from '../page-context';
import { cleanText, type DealColumn } from '../parse';
import { assignField, CRM, explicitStatus, pipedriveField, settleStatus, textOrNull, type ReadContext } from './common';
import { PIPEDRIVE_SELECTORS } from './selectors';
import { pipedriveDealUrl, pipedriveLocation } from './urls';

const S = PIPEDRIVE_SELECTORS.record;

/** First match of `selector` in `scope` that is not in the history feed or an "other deals" list. */
function own(scope: ParentNode, selector: string): Element | null {
  for (const el of Array.from(scope.querySelectorAll(selector))) if (!el.closest(S.ignore)) return el;
  return null;
}

/** Labelled rows (label → value) of the detail sidebar, for fields the keyed selectors miss. */
function labelledFields(scope: ParentNode): Map<DealColumn, string> {
  const out = new Map<DealColumn, string>();
  for (const row of Array.from(scope.querySelectorAll(S.fieldRow))) {
    if (row.closest(S.ignore) || row.children.length < 2) continue;
    const [labelEl, ...rest] = Array.from(row.children);
    const field = labelEl ? pipedriveField(cleanText(labelEl)) : null;
    if (field && !out.has(field)) out.set(field, rest.map((r) => valueText(r)).join(' '));
  }
  return out;
}

/** Reads the deal detail page: only the page's own deal; the organization's other deals and old values in the history are ignored. */
export function extractRecord(root: ParentNode, ctx: ReadContext): ExtractResult {
  const { dealId } = pipedriveLocation(ctx.url);
  if (!dealId) return { deals: [], warnings: [] };
  const container = Array.from(root.querySelectorAll(S.container)).find(
    (c) => (c.getAttribute('data-deal-id') ?? dealId) === dealId && !c.closest('[hidden],[aria-hidden="true"]') && !c.closest(S.ignore),
  );
  const scope: ParentNode = container ?? root;
  const titleEl = own(scope, S.title);
  const name = cleanText(valueText(titleEl));
  if (!name) return { deals: [], warnings: ['Pipedrive deal page: the deal title is not rendered yet.'] };
  const deal: ExtractedDeal = { crm: CRM, sourceId: dealId, name };
  const labelled = labelledFields(scope);

  const read = (field: DealColumn, keyed: Element | null): void => {
    const text = keyed ? valueText(keyed) : labelled.get(field);
    if (text !== undefined) assignField(deal, field, text, ctx);
  };
  read('amount', own(scope, S.value));
  read('closeDate', own(scope, S.field('expected_close_date')));
  read('probability', own(scope, S.field('probability')));
  read('createdDate', own(scope, S.field('add_time')));

  const org = own(scope, S.org);
  if (org) deal.account = textOrNull(valueText(org));
  else if (labelled.has('account')) deal.account = textOrNull(labelled.get('account') ?? '');

  const ownerEl = own(scope, S.owner);
  if (ownerEl) {
    const nameEl = ownerEl.querySelector(S.ownerName);
    const avatar = ownerEl.querySelector('[alt]:not([alt=""]), [title]:not([title=""])');
    deal.owner = textOrNull(nameEl ? valueText(nameEl) : (avatar?.getAttribute('alt') ?? avatar?.getAttribute('title') ?? valueText(ownerEl)));
  } else if (labelled.has('owner')) deal.owner = textOrNull(labelled.get('owner') ?? '');

  const active = own(scope, S.activeStage);
  if (active) {
    const stageName = active.querySelector(S.stageName);
    deal.stage = textOrNull(stageName ? valueText(stageName) : (active.getAttribute('title') ?? valueText(active)));
  } else if (labelled.has('stage')) deal.stage = textOrNull(labelled.get('stage') ?? '');

  // Won/Lost are buttons on an open deal; a closed deal shows a status badge instead.
  let explicit: DealStatus | null = null;
  for (const badge of Array.from(scope.querySelectorAll(S.statusBadge))) {
    if (badge.closest('button, [role="button"]') || badge.closest(S.ignore) || badge.querySelector('button')) continue;
    const s = explicitStatus(cleanText(badge));
    if (s && s !== 'deleted') { explicit = s; break; }
  }
  if (!explicit && labelled.has('status')) {
    const s = explicitStatus(labelled.get('status') ?? '');
    if (s && s !== 'deleted') explicit = s;
  }
  if (!explicit && scope.querySelector('[data-test="deal-won-button"], [data-test="deal-lost-button"]')) explicit = 'open';

  const url = pipedriveDealUrl(ctx.url, dealId);
  if (url) deal.url = url;
  return { deals: [settleStatus(deal, explicit, ctx)], warnings: [] };
}
