import { defineContentScript } from 'wxt/utils/define-content-script';
import { CRM_HOST_PATTERNS } from '../../lib/crm/hosts';
import { adapterById } from '../../lib/crm/registry';
import { startReader } from './reader';
import { mountSidebar } from './sidebar';
import { readerSource } from './sidebar-status';
import { setupTeach } from './teach';

export default defineContentScript({
  matches: [...CRM_HOST_PATTERNS],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    // Reads the page and sends new/changed deals; the sidebar subscribes to `reader.status`.
    const reader = startReader(ctx);
    void mountSidebar(ctx, readerSource(reader, (id) => adapterById(id)?.label ?? id));
    // Teach mode: opened by the sidebar (`pacer:teach`) or the popup (`teach.open`).
    setupTeach(ctx, reader);
    return reader;
  },
});
