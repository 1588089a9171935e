/**
 * Test support for the HubSpot / Pipedrive adapter tests: loads a fixture page into happy-dom at
 * its `fixture-url`, runs the adapter, and compares with `<name>.expected.json` field by field.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { expect } from 'vitest';
import type { CrmAdapter, ExtractResult } from '../../../lib/crm/contract';
import { extractedDealSchema, type ExtractedDeal } from '../../../lib/domain/deal';

export const FIELDS = ['name', 'account', 'owner', 'amount', 'currency', 'stage', 'status', 'closeDate', 'createdDate', 'probability'] as const;

export interface Loaded { url: string; document: Document; close: () => Promise<void> }

export function loadPage(file: string, urlOverride?: string): Loaded {
  const html = readFileSync(file, 'utf8');
  const url = urlOverride ?? /<meta\s+name="fixture-url"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!url) throw new Error(`${file}: no fixture-url meta`);
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return { url, document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

export function runFixture(adapter: CrmAdapter, file: string, today = '2026-11-27'): ExtractResult & { url: string } {
  const page = loadPage(file);
  try {
    const result = adapter.extract(page.document, new URL(page.url), { today });
    return { ...result, url: page.url };
  } finally {
    void page.close();
  }
}

/** Every expected deal is found with every field equal (absent ≡ null, amounts ±0.005), and nothing extra. */
export function expectMatches(deals: readonly ExtractedDeal[], expectedFile: string): void {
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>[];
  for (const d of deals) expect(() => extractedDealSchema.parse(d)).not.toThrow();
  const byKey = new Map(deals.map((d) => [`${d.crm}:${d.sourceId}`, d]));
  expect(deals.length, 'deal count').toBe(expected.length);
  expect(byKey.size, 'unique ids').toBe(deals.length);
  for (const e of expected) {
    const key = `${String(e.crm)}:${String(e.sourceId)}`;
    const got = byKey.get(key) as Record<string, unknown> | undefined;
    expect(got, `missing ${key}`).toBeDefined();
    for (const f of FIELDS) {
      const want = e[f] ?? null;
      const have = got?.[f] ?? null;
      if (f === 'amount' && typeof want === 'number' && typeof have === 'number') {
        expect(Math.abs(want - have), `${key} ${f}: ${have} vs ${want}`).toBeLessThanOrEqual(0.005);
      } else expect(have, `${key} ${f}`).toEqual(want);
    }
  }
}
