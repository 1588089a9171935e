import { defineContentScript } from 'wxt/utils/define-content-script';
import { WHOLE_READS } from '../crm.content/row-reads';
import { startPacerWith } from '../crm.content/start';
import { onDemandReader } from '../crm.content/on-demand';
import { setupLazyTeach } from '../crm.content/teach-lazy';
import { genericAdapterWith } from '../../lib/crm/generic/adapter-with';

/**
 * A custom CRM domain the user did not tie to a built-in CRM (options → Sites): the generic
 * table/board readers, no built-in adapter. Three parts are injected on demand, which keeps
 * generic.js within 25 KB gzip (issue #7): teach mode when the user teaches, the taught-mapping
 * reader (content-scripts/taught.js) once the page has a mapping, and the kanban reader
 * (content-scripts/board.js) once the page's tables yield no deals; each arrival reads again
 * (setupLazyTeach listens for crm.content/on-demand.ts's ready event).
 * None of these readers counts rows (they read a page whole), so the script leaves out what the
 * CRM scripts bundle for row-by-row reads (crm.content/row-reads.ts `WHOLE_READS`).
 * Not in the manifest: `sites.add` registers it at runtime (entrypoints/background/handlers/sites.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacerWith(ctx, { adapters: [], fallback: genericAdapterWith(onDemandReader('board')), readTaught: onDemandReader('taught') }, setupLazyTeach, WHOLE_READS),
});
