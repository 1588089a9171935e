import type { ComponentType } from 'preact';
import type { RecordContextProps } from './record-context';

/**
 * The record-context card, where a script registers it (entrypoints/crm.content/start.tsx
 * `startPacer`: the CRM scripts read record pages). generic.js, whose readers read lists and
 * boards only, never gets a record view and leaves the card's code out (issue #7: 25 KB gzip).
 */
export const recordSlot: { Card?: ComponentType<RecordContextProps> } = {};
