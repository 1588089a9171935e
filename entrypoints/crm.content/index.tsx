import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALL_READERS } from '../../lib/crm/extract-page';
import { startPacer } from './start';
import { setupTeach } from './teach';

/**
 * The script with every reader (all adapters, the generic table/board readers, taught
 * mappings) and teach mode built in. Not in the manifest: `sites.add` registers it at runtime
 * for a custom CRM domain, and demo builds add it for the demo CRM on loopback (wxt.config.ts).
 * Each built-in CRM has its own smaller script (entrypoints/<crm>.content).
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, ALL_READERS, setupTeach),
});
