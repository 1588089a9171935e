import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Readers } from '../../lib/crm/extract-core';
import { startReader, type Reader } from './reader';
import { mountSidebar } from './sidebar';
import { readerSource } from './sidebar-status';

/** Taught mappings are read by the generic readers' code; its display name without importing them. */
const TAUGHT_LABEL = 'Generic';

/**
 * What every Pacer content script runs: the read loop with the readers it bundles, the sidebar
 * (it subscribes to `reader.status`), and teach mode wired by the script (bundled or injected
 * on demand, see teach.tsx and teach-lazy.ts).
 */
export function startPacer(ctx: ContentScriptContext, readers: Readers, teach: (ctx: ContentScriptContext, reader: Reader) => void): Reader {
  const reader = startReader(ctx, readers);
  const labels = new Map<string, string>([['generic', TAUGHT_LABEL]]);
  for (const a of [...readers.adapters, ...(readers.fallback ? [readers.fallback] : [])]) labels.set(a.id, a.label);
  void mountSidebar(ctx, readerSource(reader, (id) => labels.get(id) ?? id));
  teach(ctx, reader);
  return reader;
}
