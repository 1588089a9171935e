import type { CrmAdapter } from '../contract';
import { salesforceWith } from './adapter-with';
import { readLightningList } from './list';

/** Lightning list views (light or shadow DOM) and record pages: the *.lightning.force.com script's adapter. */
export const salesforceLightningAdapter: CrmAdapter = salesforceWith(readLightningList);
