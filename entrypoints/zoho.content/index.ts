import { defineContentScript } from 'wxt/utils/define-content-script';
import { ZOHO_HOSTS } from '../../lib/crm/hosts';
import { zohoAdapter } from '../../lib/crm/zoho';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/** Zoho CRM pages: only the Zoho CRM adapter; teach mode and the taught-mapping reader are injected on demand. */
export default defineContentScript({
  matches: [...ZOHO_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [zohoAdapter], readTaught: lazyTaughtReader() }, setupLazyTeach),
});
