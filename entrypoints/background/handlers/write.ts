import { guardQuota } from '../../../lib/db/errors';
import { bumpDataVersion } from '../../../lib/messaging/data-version';

/**
 * A committed write: quota failures become StorageFullError (the UI shows its i18n key), and
 * after success the UIs are told to refresh (dataVersion). `viewInputs: false` marks a write no KPI
 * depends on (snapshots, agendas, mappings): cached views stay valid (viewVersion, data-version.ts).
 */
export async function commit<T>(write: () => Promise<T>, changed: (result: T) => boolean = () => true, o: { viewInputs?: boolean } = {}): Promise<T> {
  const result = await guardQuota(write);
  if (changed(result)) await bumpDataVersion({ views: o.viewInputs !== false });
  return result;
}

/** For commit: a write no computed view reads. */
export const NO_KPI = { viewInputs: false } as const;

/** Combines the removers returned by `handle` into one teardown (tests re-register handlers). */
export const teardown = (removers: (() => void)[]) => (): void => { for (const r of removers) r(); };
