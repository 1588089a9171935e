import type { DealStatus } from '../../domain/primitives';
import { DEFAULT_STAGE_STATUS, safeRecordUrl } from '../parse';
import type { RecordOwner } from '../record-owner';
import type { FieldRow, RowOwner } from './build-deal';
import { recordLink, rowAttrId } from './record-id';

/** The owner CRM's own id of the row: from a record link (name first), else from a row attribute. */
function ownId(r: FieldRow, owner: RecordOwner, pageUrl: URL): { id: string; url: string | null } | null {
  const nameEl = r.cells.name ?? null;
  const links: Element[] = [];
  const around = nameEl?.closest('a[href]');
  if (around) links.push(around);
  if (nameEl) links.push(...Array.from(nameEl.querySelectorAll('a[href]')));
  links.push(...Array.from(r.row.querySelectorAll('a[href]')));
  for (const a of links) {
    const href = safeRecordUrl(a.getAttribute('href'), pageUrl);
    const id = href ? owner.fromLink(new URL(href)) : null;
    if (id) return { id, url: href };
  }
  const attr = r.idFrom && r.idFrom !== 'link' ? { attr: r.idFrom, value: r.row.getAttribute(r.idFrom) ?? '' } : rowAttrId(r.row);
  const id = attr?.value ? owner.fromAttr(attr.attr, attr.value, pageUrl) : null;
  return id ? { id, url: recordLink(nameEl, r.row, pageUrl) } : null;
}

/**
 * Taught mappings on a built-in CRM's page (./taught.ts): the rows' owner for `buildDeals`. Kept
 * out of build-deal.ts because only taught reading needs it: the generic readers on a custom
 * domain (generic.js) never read a built-in CRM's page, so they bundle neither the id logic nor
 * every CRM's stage table.
 */
export function rowOwner(owner: RecordOwner | null): RowOwner | null {
  if (!owner) return null;
  const stages: Readonly<Record<string, DealStatus>> | undefined = DEFAULT_STAGE_STATUS[owner.crm];
  return {
    crm: owner.crm,
    ...(stages ? { stages } : {}),
    idOf: (r, pageUrl) => ownId(r, owner, pageUrl),
    warnUnowned: (what, count, warnings) => {
      if (count > 0) warnings.push(`${what}: ${count} deal(s) show no ${owner.label} record id, so they are stored as generic deals and may duplicate deals the ${owner.label} reader stores.`);
    },
  };
}
