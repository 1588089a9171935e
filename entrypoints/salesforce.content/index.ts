import { defineContentScript } from 'wxt/utils/define-content-script';
import { SALESFORCE_HOSTS } from '../../lib/crm/hosts';
import { salesforceAdapter } from '../../lib/crm/salesforce';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/** Salesforce pages: only the Salesforce adapter; teach mode and the taught-mapping reader are injected on demand. */
export default defineContentScript({
  matches: [...SALESFORCE_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [salesforceAdapter], readTaught: lazyTaughtReader() }, setupLazyTeach),
});
