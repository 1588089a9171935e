import { defineContentScript } from 'wxt/utils/define-content-script';
import { SALESFORCE_CLASSIC_HOSTS } from '../../lib/crm/hosts';
import { salesforceClassicAdapter } from '../../lib/crm/salesforce/classic-adapter';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/**
 * Salesforce My Domain pages (Classic; Lightning URLs there redirect to *.lightning.force.com):
 * only the Classic list and record readers; teach mode and the taught-mapping reader are injected
 * on demand.
 */
export default defineContentScript({
  matches: [...SALESFORCE_CLASSIC_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [salesforceClassicAdapter], readTaught: lazyTaughtReader() }, setupLazyTeach),
});
