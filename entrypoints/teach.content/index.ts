import { defineContentScript } from 'wxt/utils/define-content-script';
import { CRM_HOST_PATTERNS } from '../../lib/crm/hosts';
import { createTeach } from '../crm.content/teach';
import { MAPPING_SAVED_EVENT } from '../crm.content/teach-events';

/**
 * Teach mode for built-in CRM pages, injected on demand by the background (`teach.inject`)
 * into the frame whose CRM script asked. Opens at once; injecting again replaces the previous
 * instance (WXT invalidates an older context of the same script). The matches only make its
 * CSS web-accessible on the CRM hosts Pacer already has permission for.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [...CRM_HOST_PATTERNS],
  cssInjectionMode: 'ui',
  main(ctx) {
    const teach = createTeach(ctx, async () => {
      window.dispatchEvent(new CustomEvent(MAPPING_SAVED_EVENT));
    });
    void teach.open();
  },
});
