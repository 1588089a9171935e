/**
 * Storage errors the UI must be able to show. The message is an i18n key (lib/i18n/messages/
 * storage.ts), so it survives the trip through messaging (errors are serialized by message).
 */
export const QUOTA_EXCEEDED = 'storage.error.quotaExceeded';

export class StorageFullError extends Error {
  constructor() {
    super(QUOTA_EXCEEDED);
    this.name = 'StorageFullError';
  }
}

/** Dexie wraps the DOMException (AbortError with `inner`, bulk errors with `failures`). */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (depth > 5 || typeof e !== 'object' || e === null) return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError') return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  return Array.isArray(err.failures) && err.failures.some((f) => isQuotaError(f, depth + 1));
}

/**
 * Runs a write. Every write runs in one Dexie transaction, which a failure aborts as a whole,
 * so after a quota error nothing partial is stored; the caller gets a clear StorageFullError.
 */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError();
    throw e;
  }
}
