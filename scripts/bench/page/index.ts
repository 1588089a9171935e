import { extractPage } from '../../../lib/crm/extract-page';
import { bareRead } from './bare-read';
import { grow, type GridKind } from './grow';

/**
 * The page side of the read measures, bundled into one script (window.__pacerBench): the real
 * extraction path (`extractPage`, the registry and every adapter) next to the bare baseline,
 * each timed in the page so no protocol round trip is counted.
 */
function timeRead(url: string): { ms: number; deals: number; warnings: string[] } {
  const u = new URL(url);
  const t0 = performance.now();
  const r = extractPage(document, u, { today: '2026-11-27' });
  return { ms: performance.now() - t0, deals: r.deals.length, warnings: r.warnings };
}

function timeBare(kind: GridKind): { ms: number; rows: number; chars: number } {
  const t0 = performance.now();
  const rows = bareRead(kind);
  const ms = performance.now() - t0;
  let chars = 0;
  for (const r of rows) for (const c of r) chars += c.length;
  return { ms, rows: rows.length, chars };
}

(globalThis as { __pacerBench?: unknown }).__pacerBench = { grow, timeRead, timeBare };
