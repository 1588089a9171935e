import { TRACKED_FIELDS, type Deal, type ExtractedDeal } from '../domain/deal';
import type { DealStatus } from '../domain/primitives';
import type { Settings } from '../domain/settings';

const PAGE_FIELDS = [
  'name', 'account', 'owner', 'amount', 'currency', 'stage', 'status', 'closeDate', 'createdDate', 'probability', 'url',
] as const;

/** The user's stage → status override for a CRM (exact label first, then case-insensitive). */
export function overrideStatus(stage: string | null, crm: string, s: Settings['stageStatus']): DealStatus | null {
  const table = s[crm];
  if (!table || stage === null) return null;
  if (table[stage]) return table[stage];
  const lower = stage.trim().toLowerCase();
  for (const [label, status] of Object.entries(table)) if (label.trim().toLowerCase() === lower) return status;
  return null;
}

/**
 * Merges what one page showed into the stored deal. A field ABSENT from the page (undefined)
 * keeps the stored value; null means the page showed the field empty and does overwrite.
 */
export function mergeDeal(stored: Deal | undefined, seen: ExtractedDeal, nowIso: string, overrides: Settings['stageStatus']): Deal {
  // A fresh object either way (the caller may change lastSeenAt): a copy of the stored deal, or a new one.
  const next: Deal = stored ? { ...stored } : {
    crm: seen.crm, sourceId: seen.sourceId, name: seen.name, account: null, owner: null, amount: null,
    currency: null, stage: null, status: 'open', closeDate: null, createdDate: null, probability: null,
    url: null, firstSeenAt: nowIso, lastSeenAt: nowIso,
  };
  for (const f of PAGE_FIELDS) {
    const v = seen[f];
    if (v !== undefined) (next as Record<string, unknown>)[f] = v;
  }
  next.status = overrideStatus(next.stage, next.crm, overrides) ?? next.status;
  return next;
}

export const trackedChanged = (a: Pick<Deal, (typeof TRACKED_FIELDS)[number]>, b: Pick<Deal, (typeof TRACKED_FIELDS)[number]>): boolean =>
  TRACKED_FIELDS.some((f) => a[f] !== b[f]);
