import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { mappingSchema } from '../../lib/domain/mapping';
import type { TaughtSelectors } from '../../lib/crm/generic/taught';

/**
 * `--mapping <file>`: a taught mapping as JSON, either a whole `Mapping` (teach mode, a backup's
 * `mappings[i]`) or just `{ row, fields, idFrom?, columns? }` written by hand while debugging a page.
 */
const selectorsOnly = mappingSchema.pick({ row: true, fields: true, columns: true }).extend({ idFrom: z.string().max(200).nullable().default(null) });

export async function readMappingFile(file: string): Promise<TaughtSelectors> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read mapping ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`mapping ${file} is not JSON`);
  }
  const full = mappingSchema.safeParse(json);
  if (full.success) return full.data;
  const partial = selectorsOnly.safeParse(json);
  if (partial.success) return partial.data;
  throw new Error(`mapping ${file} is not a Pacer mapping:\n${z.prettifyError(partial.error)}`);
}
