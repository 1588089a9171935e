import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Readers } from '../../lib/crm/extract-core';
import { startReaderWith, type Reader } from './reader';
import { ROW_READS, type RowReads } from './row-reads';
import { RecordContextCard } from '../../components/sidebar/record-context';
import { recordSlot } from '../../components/sidebar/record-slot';
import { mountSidebar } from './sidebar';
import { readerSource } from './sidebar-status';

/** Taught mappings are read by the generic readers' code; its display name without importing them. */
const TAUGHT_LABEL = 'Generic';

/**
 * A built-in CRM's own script found running on a host none of its adapters matches: the user
 * tied this custom domain to that CRM (options → Sites; the background registered this script
 * for it), so its adapter reads this host too. Scripts with a fallback (generic, all readers)
 * are left as they are.
 */
function onThisHost(readers: Readers): Readers {
  const here = location.hostname;
  const url = new URL(location.href);
  if (readers.fallback || readers.adapters.some((a) => a.matches(url))) return readers;
  return { ...readers, adapters: readers.adapters.map((a) => ({ ...a, matches: (u: URL) => u.hostname === here || a.matches(u) })) };
}

/**
 * What every Pacer content script runs: the read loop with the readers it bundles, the sidebar
 * (it subscribes to `reader.status`; a record page's deal in context), and teach mode wired by the script (bundled or injected
 * on demand, see teach.tsx and teach-lazy.ts).
 */
export function startPacer(ctx: ContentScriptContext, readers: Readers, teach: (ctx: ContentScriptContext, reader: Reader) => void): Reader {
  recordSlot.Card = RecordContextCard;
  return startPacerWith(ctx, onThisHost(readers), teach, ROW_READS);
}

/**
 * `startPacer` with how rows are read passed in (./row-reads.ts), for a script with a fallback
 * reader (no adapter to extend to this host): generic.js, whose readers never count rows.
 */
export function startPacerWith(ctx: ContentScriptContext, readers: Readers, teach: (ctx: ContentScriptContext, reader: Reader) => void, rows: RowReads): Reader {
  const reader = startReaderWith(ctx, readers, rows);
  const labels = new Map<string, string>([['generic', TAUGHT_LABEL]]);
  for (const a of [...readers.adapters, ...(readers.fallback ? [readers.fallback] : [])]) labels.set(a.id, a.label);
  // The sidebar and teach mode in a task of their own: the script's evaluation (compiling it, the
  // first extension-API calls) was 40-95 ms on a busy 10k-row page, a long task of its own.
  ctx.setTimeout(() => {
    void mountSidebar(ctx, readerSource(reader, (id) => labels.get(id) ?? id));
    teach(ctx, reader);
  }, 0);
  return reader;
}
