import { z } from 'zod';

// Extension pages and the service worker run under the MV3 CSP (no 'unsafe-eval'): zod must never
// try its `new Function` fast path, whose probe would log a CSP violation in every context. Every
// schema imports this module, so every context that validates is jitless (docs/security.md).
z.config({ jitless: true });

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). The engines never see time zones. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'not a real calendar date');
export type IsoDate = z.infer<typeof isoDate>;

/** An ISO-8601 timestamp as produced by `Date.prototype.toISOString()` (or with an offset). */
export const isoTimestamp = z.iso.datetime({ offset: true });

/** ISO 4217 currency code. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD');

/** Text read from a page or typed by a user: plain text, capped so a hostile page cannot bloat storage. */
export const plainText = (max: number) => z.string().max(max);

export const dealStatus = z.enum(['open', 'won', 'lost']);
export type DealStatus = z.infer<typeof dealStatus>;
