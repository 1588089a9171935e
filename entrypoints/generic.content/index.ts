import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '../../lib/crm/generic';
import { readTaught } from '../../lib/crm/generic/taught';
import { startPacer } from '../crm.content/start';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/**
 * A custom CRM domain the user did not tie to a built-in CRM (options → Sites): the generic
 * table/board readers and taught mappings, no built-in adapter; teach mode is injected on demand.
 * Not in the manifest: `sites.add` registers it at runtime (entrypoints/background/handlers/sites.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [], fallback: genericAdapter, readTaught }, setupLazyTeach),
});
