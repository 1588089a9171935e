import { useCallback, useEffect, useState } from 'preact/hooks';
import { watchDataVersion } from '../../../lib/messaging/data-version';

/**
 * Loads a page's data and reloads it after every committed write (dataVersion), so a goal saved
 * in another tab or a deal read in a CRM tab shows up without a refresh.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): { data: T | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    load().then((d) => { setData(d); setError(null); }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, deps);
  useEffect(() => {
    reload();
    return watchDataVersion(() => reload());
  }, [reload]);
  return { data, error, reload };
}
