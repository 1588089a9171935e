import { useState } from 'preact/hooks';
import { Button } from '../ui/button';
import type { Translate } from './types';

/**
 * The popup's "Teach Pacer this page": asks the active tab's content script to open teach
 * mode; when no content script answers (a site Pacer does not run on), says how to add it.
 */
export function TeachLaunch({ t, onTeach }: { t: Translate; onTeach: () => Promise<boolean> }) {
  const [unavailable, setUnavailable] = useState(false);
  const click = () => {
    onTeach().then((ok) => setUnavailable(!ok), () => setUnavailable(true));
  };
  return (
    <div class="pacer-teach-launch">
      <Button variant="link" onClick={click} data-testid="pacer-popup-teach">{t('teach.popupButton')}</Button>
      {unavailable && <p role="status" class="pacer-teach-launch__note">{t('teach.popupUnavailable')}</p>}
    </div>
  );
}
