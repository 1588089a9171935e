import { z } from 'zod';

// Extension pages and the service worker run under the MV3 CSP (no 'unsafe-eval'): zod must never
// try its `new Function` fast path, whose probe would log a CSP violation in every context. Every
// schema imports this module, so every context that validates is jitless (docs/security.md).
z.config({ jitless: true });

/**
 * Dates that exist in the Gregorian calendar: month lengths, and Feb 29 only in years divisible
 * by 4 but not by 100, or by 400. One regex test instead of a refine that split the string and
 * built a Date: validating every deal of a 10k-row page spent ~half its zod time there.
 */
const REAL_DATE =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:[2468][048]|[13579][26]|0[48])|(?:[02468][048]|[13579][26])00)-02-29)$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). The engines never see time zones. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .regex(REAL_DATE, 'not a real calendar date');
export type IsoDate = z.infer<typeof isoDate>;

/** An ISO-8601 timestamp as produced by `Date.prototype.toISOString()` (or with an offset). */
export const isoTimestamp = z.iso.datetime({ offset: true });

/** ISO 4217 currency code. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD');

/** Text read from a page or typed by a user: plain text, capped so a hostile page cannot bloat storage. */
export const plainText = (max: number) => z.string().max(max);

export const dealStatus = z.enum(['open', 'won', 'lost']);
export type DealStatus = z.infer<typeof dealStatus>;
