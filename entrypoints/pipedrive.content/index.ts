import { defineContentScript } from 'wxt/utils/define-content-script';
import { PIPEDRIVE_HOSTS } from '../../lib/crm/hosts';
import { pipedriveAdapter } from '../../lib/crm/pipedrive';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/** Pipedrive pages: only the Pipedrive adapter; teach mode and the taught-mapping reader are injected on demand. */
export default defineContentScript({
  matches: [...PIPEDRIVE_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [pipedriveAdapter], readTaught: lazyTaughtReader() }, setupLazyTeach),
});
