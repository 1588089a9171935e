import { mappingSchema, type Mapping } from '../domain/mapping';
import type { PacerDb } from './app-db';

export async function listMappings(db: PacerDb): Promise<Mapping[]> {
  return (await db.mappings.toArray()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `*` matches any run of characters; everything else is literal. */
export function pathMatches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** Mappings taught for this page's host whose path pattern matches (index host). */
export async function mappingsForUrl(db: PacerDb, url: string): Promise<Mapping[]> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const rows = await db.mappings.where('host').equals(u.hostname.toLowerCase()).toArray();
  return rows.filter((m) => pathMatches(m.pathPattern, u.pathname)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

export async function saveMapping(db: PacerDb, mapping: Mapping): Promise<Mapping> {
  const m = mappingSchema.parse({ ...mapping, host: mapping.host.toLowerCase() });
  await db.mappings.put(m);
  return m;
}

export async function deleteMapping(db: PacerDb, id: string): Promise<void> {
  await db.mappings.delete(id);
}
