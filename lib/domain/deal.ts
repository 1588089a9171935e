import { z } from 'zod';
import { currencyCode, dealStatus, isoDate, isoTimestamp, plainText } from './primitives';

export const TEXT_MAX = 500;
export const ID_MAX = 200;
export const URL_MAX = 2000;

/** `crm:sourceId`, the key used in evidence, links and the UIs. */
export const dealKey = (d: { crm: string; sourceId: string }): string => `${d.crm}:${d.sourceId}`;

const httpUrl = z
  .string()
  .max(URL_MAX)
  .regex(/^https?:\/\//i, 'only http(s) links are kept');

/** The fields of kpi-definitions.md "Inputs" that a page can show. */
export const dealFields = {
  crm: z.string().min(1).max(40),
  sourceId: z.string().min(1).max(ID_MAX),
  name: plainText(TEXT_MAX),
  account: plainText(TEXT_MAX).nullable(),
  owner: plainText(TEXT_MAX).nullable(),
  amount: z.number().finite().nullable(),
  currency: currencyCode.nullable(),
  stage: plainText(TEXT_MAX).nullable(),
  status: dealStatus,
  closeDate: isoDate.nullable(),
  createdDate: isoDate.nullable(),
  probability: z.number().min(0).max(100).nullable(),
  url: httpUrl.nullable(),
};

/**
 * A deal as an adapter reads it from one page. A field the page does not show is *absent*
 * (undefined), not null, so a record page never blanks what a list page supplied.
 */
export const extractedDealSchema = z.object({
  crm: dealFields.crm,
  sourceId: dealFields.sourceId,
  name: dealFields.name,
  account: dealFields.account.optional(),
  owner: dealFields.owner.optional(),
  amount: dealFields.amount.optional(),
  currency: dealFields.currency.optional(),
  stage: dealFields.stage.optional(),
  status: dealFields.status.optional(),
  closeDate: dealFields.closeDate.optional(),
  createdDate: dealFields.createdDate.optional(),
  probability: dealFields.probability.optional(),
  url: dealFields.url.optional(),
});
export type ExtractedDeal = z.infer<typeof extractedDealSchema>;

/** A deal as stored (and as it appears in backups). */
export const dealSchema = z.object({
  ...dealFields,
  firstSeenAt: isoTimestamp,
  lastSeenAt: isoTimestamp,
});
export type Deal = z.infer<typeof dealSchema>;

/** The fields whose change is recorded in the observation history. */
export const TRACKED_FIELDS = ['stage', 'status', 'amount', 'closeDate'] as const;
