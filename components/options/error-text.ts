import type { Translate } from '../../lib/i18n/index';

/**
 * A failed request as a sentence. The background sends i18n keys for the errors a user can act on
 * (storage full, bad import file…); anything else is shown inside the generic error message.
 */
export function errorText(e: unknown, t: Translate): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/^(storage|options)\.[\w.]+$/.test(message)) return t(message);
  return t('common.error', { message });
}
