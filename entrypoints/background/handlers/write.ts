import { guardQuota } from '../../../lib/db/errors';
import { bumpDataVersion } from '../../../lib/messaging/data-version';

/**
 * A committed write: quota failures become StorageFullError (the UI shows its i18n key), and
 * after success the UIs are told to refresh (dataVersion).
 */
export async function commit<T>(write: () => Promise<T>, changed: (result: T) => boolean = () => true): Promise<T> {
  const result = await guardQuota(write);
  if (changed(result)) await bumpDataVersion();
  return result;
}

/** Combines the removers returned by `handle` into one teardown (tests re-register handlers). */
export const teardown = (removers: (() => void)[]) => (): void => { for (const r of removers) r(); };
