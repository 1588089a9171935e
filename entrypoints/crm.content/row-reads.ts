import { anyChange, relevance } from './mutation-relevance';
import { readSlices } from './sliced-read';

/**
 * How the read loop (./reader.ts) reads a reader that counts rows (the row-slice contract,
 * lib/crm/contract.ts `rows` → `rowCount`) and which page changes make it read again.
 */
export interface RowReads {
  slices: typeof readSlices;
  relevance: (records: readonly MutationRecord[], rowsKnown: boolean) => ReturnType<typeof relevance>;
}

/**
 * The CRM scripts: a list is read slice by slice (./sliced-read.ts), and once its rows are known
 * text changes outside them are ignored (./mutation-relevance.ts).
 */
export const ROW_READS: RowReads = { slices: readSlices, relevance };

/**
 * generic.js, whose readers (generic tables, boards, taught mappings) never count rows: the
 * zero-row probe is already the whole read, so neither the slicer nor the row-aware relevance is
 * bundled. Should a reader count rows after all, it is read in one go, and any change outside
 * Pacer's UI reads again (test/unit/crm/generic/whole-reads.test.ts keeps them whole).
 */
export const WHOLE_READS: RowReads = {
  slices: async (read, probe) => read({ from: 0, count: probe.rowCount ?? 0 }),
  relevance: anyChange,
};
