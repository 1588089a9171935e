import { defineContentScript } from 'wxt/utils/define-content-script';
import { HUBSPOT_HOSTS } from '../../lib/crm/hosts';
import { hubspotAdapter } from '../../lib/crm/hubspot';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/** HubSpot pages: only the HubSpot adapter; teach mode and the taught-mapping reader are injected on demand. */
export default defineContentScript({
  matches: [...HUBSPOT_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [hubspotAdapter], readTaught: lazyTaughtReader() }, setupLazyTeach),
});
