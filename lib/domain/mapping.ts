import { z } from 'zod';
import { isoTimestamp } from './primitives';

export const MAPPED_FIELDS = ['name', 'amount', 'stage', 'closeDate', 'owner', 'account', 'probability', 'createdDate'] as const;
export const mappedFieldSchema = z.enum(MAPPED_FIELDS);
export type MappedField = z.infer<typeof mappedFieldSchema>;

/**
 * A mapping taught by the user (teach mode) for pages of one host and path pattern.
 * `row` selects each deal's container; each field selector is relative to the row.
 */
export const mappingSchema = z.object({
  id: z.string().min(1).max(200),
  host: z.string().min(1).max(253),
  /** A path pattern with `*` wildcards, e.g. `/deals/*`. */
  pathPattern: z.string().min(1).max(500),
  label: z.string().max(200),
  row: z.string().min(1).max(1000),
  fields: z.partialRecord(mappedFieldSchema, z.string().min(1).max(1000)),
  /**
   * Optional (mappings saved before it have none): for fields read from a table column by its
   * position, the column's normalized header text. The reader finds the column by this text, so
   * reordered columns still read the right field; a header that is gone skips the field.
   */
  columns: z.partialRecord(mappedFieldSchema, z.string().min(1).max(200)).optional(),
  /** Optional: how to find the record id (attribute name on the row, or `link` for the name link's href). */
  idFrom: z.string().max(200).nullable().default(null),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type Mapping = z.infer<typeof mappingSchema>;
