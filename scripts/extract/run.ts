import { extractedDealSchema, type ExtractedDeal } from '../../lib/domain/deal';
import { extractPage } from '../../lib/crm/extract-page';
import type { TaughtSelectors } from '../../lib/crm/generic/taught';
import { fixtureUrlOf, loadPage } from './load-page';

/** The deal fields printed for every deal; absent fields print as null (interfaces.md §2). */
const FIELDS = ['crm', 'sourceId', 'name', 'account', 'owner', 'amount', 'currency', 'stage', 'status', 'closeDate', 'createdDate', 'probability'] as const;

export interface ExtractOutput {
  adapter: string | null;
  url: string;
  pageKind: string;
  deals: Record<string, unknown>[];
  warnings: string[];
}

export interface RunOptions { url?: string; adapter?: string; today?: string; runScripts?: boolean; mapping?: TaughtSelectors }

/** Reads saved HTML exactly as the content script reads a tab, validating every deal with zod. */
export async function extractHtml(html: string, o: RunOptions = {}): Promise<ExtractOutput> {
  const url = o.url ?? fixtureUrlOf(html) ?? 'about:blank';
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new Error(`Not a valid URL: ${url} (pass --url https://…)`);
  }
  const page = await loadPage(html, parsedUrl.href, { runScripts: o.runScripts ?? true });
  try {
    const result = extractPage(page.document, parsedUrl, { ...(o.adapter ? { adapterId: o.adapter } : {}), ...(o.today ? { today: o.today } : {}), ...(o.mapping ? { mapping: o.mapping } : {}) });
    const warnings = [...result.warnings];
    const deals: Record<string, unknown>[] = [];
    result.deals.forEach((d: ExtractedDeal, i) => {
      const check = extractedDealSchema.safeParse(d);
      if (!check.success) {
        warnings.push(`Deal ${i} (${d.sourceId}) is invalid and was left out: ${check.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
        return;
      }
      const out: Record<string, unknown> = {};
      for (const f of FIELDS) out[f] = check.data[f] ?? null;
      if (check.data.url) out.url = check.data.url;
      deals.push(out);
    });
    return { adapter: result.adapter, url: result.url, pageKind: result.pageKind, deals, warnings };
  } finally {
    await page.close();
  }
}
