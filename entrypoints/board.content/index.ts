import { defineContentScript } from 'wxt/utils/define-content-script';
import { readBoards } from '../../lib/crm/generic/board';
import { provideBoardReader } from '../generic.content/board-bridge';

/**
 * The generic kanban reader for custom CRM domains, injected by the background (`teach.inject`)
 * the first time a page's tables yield no deals; see generic.content/board-bridge.ts.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    provideBoardReader(readBoards);
  },
});
