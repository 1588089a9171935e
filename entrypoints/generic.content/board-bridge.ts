import type { BoardReader } from '../../lib/crm/generic/adapter-with';
import { onDemandReader, provideReader } from '../crm.content/on-demand';

/**
 * The generic kanban reader (lib/crm/generic/board.ts) on custom CRM domains: generic.js does
 * not bundle it (25 KB budget, issue #7); the first time a page's tables yield no deals, the
 * script asks the background to inject content-scripts/board.js, which hands its reader over
 * here, as the taught reader does (crm.content/on-demand.ts). List pages, the common case, never load it.
 */
export { READER_READY_EVENT as BOARDS_READY_EVENT } from '../crm.content/on-demand';

/** board.js: publish the reader and tell generic.js to read again. */
export const provideBoardReader = (read: BoardReader): void => provideReader('board', read);

/** generic.js: a board reader that delegates once board.js is there, and asks for it once. */
export const lazyBoardReader = (ask?: () => Promise<unknown>): BoardReader => onDemandReader('board', ask);
