import type { ExtractResult } from '../contract';
import type { ExtractedDeal } from '../../domain/deal';
import { valueText } from '../page-context';
import { cleanText } from '../parse';
import { assignField, CRM, finish, textOrNull, type ReadContext } from './common';
import { HUBSPOT_SELECTORS } from './selectors';
import { hubspotLocation, hubspotRecordUrl } from './urls';

const S = HUBSPOT_SELECTORS.record;
const PRIMARY = /^(primary|primär|primaire|principal|主要|主要公司|プライマリ|プライマリー)$/i;

/** The displayed value of a `property-input-<prop>` control: form value for inputs, text otherwise. */
function propertyValue(scope: ParentNode, prop: string): string | null {
  const el = scope.querySelector(S.property(prop));
  if (!el) return null;
  if (el.matches('input, textarea, select')) return (el as HTMLInputElement).value ?? el.getAttribute('value');
  const inner = el.querySelector('input, textarea');
  if (inner) return (inner as HTMLInputElement).value ?? inner.getAttribute('value');
  return valueText(el);
}

/**
 * The raw `property-input-amount` value is machine-formatted (`87500`, `87500.5`), so it is read as
 * a number, never through the locale-aware money parser; its currency is the ISO code beside it.
 */
function rawAmount(scope: ParentNode): { amount: number | null; currency: string | null } | null {
  const input = scope.querySelector(S.property('amount'));
  if (!input) return null;
  const raw = input.matches('input') ? (input as HTMLInputElement).value : null;
  if (raw === null) return null;
  if (raw.trim() === '') return { amount: null, currency: null };
  const n = Number(raw.trim());
  if (!Number.isFinite(n)) return null;
  const code = /\b([A-Z]{3})\b/.exec(cleanText(input.parentElement))?.[1] ?? null;
  return { amount: n, currency: code };
}

/** Reads the primary deal of a record page; timeline, associations and "other deals" are ignored. */
export function extractRecord(root: ParentNode, ctx: ReadContext): ExtractResult {
  const { portal, recordId } = hubspotLocation(ctx.url);
  if (!recordId) return { deals: [], warnings: ['HubSpot record page without a deal id in the URL.'] };
  const pages = Array.from(root.querySelectorAll(S.container)).filter(
    (p) => !p.closest('[hidden],[aria-hidden="true"]') && (p.getAttribute('data-object-type-id') ?? '0-3') === '0-3',
  );
  const scope: ParentNode = pages[0] ?? root;

  const title = scope.querySelector(S.title);
  const name = cleanText(title ? valueText(title) : propertyValue(scope, 'dealname') ?? '');
  if (!name) return { deals: [], warnings: ['HubSpot record page: the deal name is not rendered yet.'] };
  const deal: ExtractedDeal = { crm: CRM, sourceId: recordId, name };

  const highlightAmount = scope.querySelector(S.amount);
  if (highlightAmount) assignField(deal, 'amount', cleanText(highlightAmount), ctx);
  else {
    const raw = rawAmount(scope);
    if (raw) { deal.amount = raw.amount; deal.currency = raw.amount === null ? null : raw.currency; }
    else {
      const shown = propertyValue(scope, 'amount');
      if (shown !== null) assignField(deal, 'amount', shown, ctx);
    }
  }

  const closeEl = scope.querySelector(S.closeDate);
  const closeText = closeEl
    ? cleanText(closeEl) || (closeEl.querySelector('[value]')?.getAttribute('value') ?? '')
    : propertyValue(scope, 'closedate');
  if (closeText !== null) assignField(deal, 'closeDate', closeText, ctx);

  const stageEl = scope.querySelector(S.stage);
  const stage = stageEl ? valueText(stageEl) : propertyValue(scope, 'dealstage');
  if (stage !== null) deal.stage = textOrNull(stage);

  const owner = propertyValue(scope, 'hubspot_owner_id');
  if (owner !== null) assignField(deal, 'owner', owner, ctx);
  const probability = propertyValue(scope, 'hs_deal_stage_probability');
  if (probability !== null) assignField(deal, 'probability', probability, ctx);
  const created = propertyValue(scope, 'createdate');
  if (created !== null) assignField(deal, 'createdDate', created, ctx);

  // The company: the association card's primary company, else its first one.
  const chicklets = Array.from(scope.querySelectorAll(S.companyChicklet));
  const primary = chicklets.find((c) => Array.from(c.querySelectorAll('span, div')).some((b) => PRIMARY.test(cleanText(b)))) ?? chicklets[0];
  const link = primary?.querySelector(S.companyLink) ?? scope.querySelector(S.companyLink);
  if (link) deal.account = textOrNull(valueText(link));
  else if (scope.querySelector(S.companiesCard)) deal.account = null;

  const url = hubspotRecordUrl(ctx.url, portal, recordId);
  if (url) deal.url = url;
  return { deals: [finish(deal, ctx)], warnings: [] };
}
