import { defineContentScript } from 'wxt/utils/define-content-script';
import { readTaught } from '../../lib/crm/generic/taught';
import { provideTaughtReader } from '../crm.content/taught-bridge';

/**
 * The taught-mapping reader for built-in CRM pages, injected by the background (`teach.inject`)
 * the first time such a page has a mapping; see crm.content/taught-bridge.ts.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    provideTaughtReader(readTaught);
  },
});
