import type { CrmAdapter } from '../contract';
import { genericAdapterWith } from './adapter-with';
import { readBoards } from './board';

/** The generic readers with the kanban reader bundled (registry, npm run extract, crm.js). */
export const genericAdapter: CrmAdapter = genericAdapterWith(readBoards);

export { readTables } from './table';
export { readBoards } from './board';
