import type { TaughtReader } from '../../lib/crm/extract-core';
import { onDemandReader, provideReader } from './on-demand';

/**
 * Taught mappings on a built-in CRM page: the CRM's script does not bundle the generic readers
 * (lib/crm/generic/taught.ts), so the first time the page has a mapping it asks the background
 * to inject content-scripts/taught.js, which hands its reader over here (./on-demand.ts).
 */

/** taught.js: publish the reader and tell the CRM's script to read again. */
export const provideTaughtReader = (read: TaughtReader): void => provideReader('taught', read);

/** The CRM's script: a reader that delegates once taught.js is there, and asks for it once. */
export const lazyTaughtReader = (): TaughtReader => onDemandReader('taught');
