import type { z } from 'zod';

/** `deals[12].amount` style path for a record's issue (what import and ingest report). */
export function issuePath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

export interface RecordIssue { path: string; reason: string }

export function recordIssues(base: string, error: z.ZodError): RecordIssue[] {
  return error.issues.map((i) => ({ path: issuePath(base, i.path), reason: i.message }));
}

/** One line per issue: `amount: Invalid input…`, for ingest rejects. */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${issuePath('', i.path) || '(record)'}: ${i.message}`).join('; ');
}
