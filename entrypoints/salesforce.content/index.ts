import { defineContentScript } from 'wxt/utils/define-content-script';
import { SALESFORCE_LIGHTNING_HOSTS } from '../../lib/crm/hosts';
import { salesforceLightningAdapter } from '../../lib/crm/salesforce/lightning';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/**
 * Salesforce Lightning pages: only the Lightning list and record readers (Classic list tables are
 * served on *.my.salesforce.com, entrypoints/salesforce-classic.content); teach mode and the
 * taught-mapping reader are injected on demand.
 */
export default defineContentScript({
  matches: [...SALESFORCE_LIGHTNING_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [salesforceLightningAdapter], readTaught: lazyTaughtReader() }, setupLazyTeach),
});
