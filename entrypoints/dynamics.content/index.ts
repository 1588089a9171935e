import { defineContentScript } from 'wxt/utils/define-content-script';
import { DYNAMICS_HOSTS } from '../../lib/crm/hosts';
import { dynamicsAdapter } from '../../lib/crm/dynamics';
import { startPacer } from '../crm.content/start';
import { lazyTaughtReader } from '../crm.content/taught-bridge';
import { setupLazyTeach } from '../crm.content/teach-lazy';

/** Dynamics 365 pages: only the Dynamics 365 adapter; teach mode and the taught-mapping reader are injected on demand. */
export default defineContentScript({
  matches: [...DYNAMICS_HOSTS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPacer(ctx, { adapters: [dynamicsAdapter], readTaught: lazyTaughtReader() }, setupLazyTeach),
});
