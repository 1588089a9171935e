import type { CrmAdapter } from '../contract';
import { salesforceWith } from './adapter-with';
import { readClassicList } from './classic';

/** Classic list tables and record pages: the *.my.salesforce.com script's adapter. */
export const salesforceClassicAdapter: CrmAdapter = salesforceWith(readClassicList);
