import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '../../lib/crm/generic';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/**
 * A custom CRM domain the user did not tie to a built-in CRM (options → Sites): the generic
 * table/board readers, no built-in adapter. Teach mode and the taught-mapping reader are
 * injected on demand, as on built-in CRM pages: the taught reader (content-scripts/taught.js)
 * only once the page has a mapping, which keeps ~1.8 KB gzip off every page without one.
 * Not in the manifest: `sites.add` registers it at runtime (entrypoints/background/handlers/sites.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [], fallback: genericAdapter, readTaught: lazyTaughtReader() }, setupLazyTeach),
});
