import type { PageKind } from '../contract';
import { normalizeGuid } from '../parse';

/** Dynamics 365 / Power Apps model-driven hosts: `<org>.crm[N].dynamics.com`. */
export const DYNAMICS_HOST = /^[a-z0-9-]+\.crm\d*\.dynamics\.com$/i;

/** `main.aspx?pagetype=entitylist&etn=opportunity` → list; `pagetype=entityrecord&etn=opportunity&id=…` → record. */
export function dynamicsLocation(url: URL): { kind: PageKind; recordId: string | null; entity: string | null } {
  const q = url.searchParams;
  const entity = q.get('etn');
  const type = (q.get('pagetype') ?? '').toLowerCase();
  if (entity !== 'opportunity') return { kind: 'other', recordId: null, entity };
  if (type === 'entityrecord') return { kind: 'record', recordId: normalizeGuid(q.get('id')), entity };
  if (type === 'entitylist' || type === '') return { kind: 'list', recordId: null, entity };
  return { kind: 'other', recordId: null, entity };
}
