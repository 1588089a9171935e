import type { ExtractResult } from '../contract';
import { deepQuery, deepQueryAll, deepText, isRendered } from '../dom';
import { safeRecordUrl, salesforceId18, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-salesforce';
import { dealFromTexts, type RowContext, type RowTexts } from '../row-deal';
import { API_FIELDS, SELECTORS } from './selectors';

/** Record-page labels that mean a field only here (the list header vocabulary does not have them). */
const RECORD_LABELS: Readonly<Record<string, DealColumn>> = { 'Created By': 'createdDate', '建立者': 'createdDate', '作成者': 'createdDate', 'Erstellt von': 'createdDate' };

function layoutField(item: Element): DealColumn | null {
  const target = item.getAttribute('data-target-selection-name') ?? '';
  const api = /^sfdc:RecordField\.Opportunity\.(.+)$/.exec(target)?.[1];
  if (api) return (API_FIELDS as Record<string, DealColumn>)[api] ?? null;
  return columnField(item.getAttribute('field-label'), RECORD_LABELS);
}

/** The visible record view: Lightning keeps hidden cached copies of earlier records around. */
function activeScopes(root: ParentNode): ParentNode[] {
  const views = deepQueryAll(root, 'div.oneContent').filter((v) => isRendered(v));
  return views.length ? views : [root];
}

/**
 * Reads an opportunity record page: the highlights panel and the record layout (Details tab),
 * by field API name or label. Related lists (Products, Contact Roles), "Expected Revenue" and
 * cached views of other records are not read.
 */
export function readRecord(root: ParentNode, url: URL, id: string, ctx: RowContext): ExtractResult {
  const sourceId = salesforceId18(id);
  if (!sourceId) return { deals: [], warnings: ['The record id in the address is not a Salesforce id.'] };
  const texts: RowTexts = {};
  for (const scope of activeScopes(root)) {
    const title = deepQuery(scope, SELECTORS.highlightsTitle);
    if (title && isRendered(title) && texts.name === undefined) texts.name = deepText(title);
    for (const item of deepQueryAll(scope, SELECTORS.layoutItem)) {
      const field = layoutField(item);
      if (!field || !isRendered(item)) continue;
      const value = deepText(deepQuery(item, SELECTORS.layoutValue) ?? item);
      if (value && (texts[field] === undefined || texts[field] === '')) texts[field] = value;
      else if (texts[field] === undefined) texts[field] = value;
    }
    for (const item of deepQueryAll(scope, SELECTORS.highlightsItem)) {
      const label = deepQuery(item, SELECTORS.highlightsLabel);
      const field = columnField(label?.getAttribute('title') || deepText(label));
      if (!field || texts[field]) continue;
      const value = deepQuery(item, SELECTORS.highlightsValue);
      if (value && isRendered(item)) texts[field] = deepText(value);
    }
    if (!texts.stage) {
      const current = deepQuery(scope, SELECTORS.pathCurrent);
      if (current && isRendered(current)) texts.stage = deepText(current);
    }
  }
  const deal = dealFromTexts(sourceId, texts, ctx, safeRecordUrl(url.href, url));
  if (!deal) return { deals: [], warnings: ['No opportunity name found on this record page.'] };
  return { deals: [deal], warnings: [] };
}
