import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../scripts/extract/run';

/**
 * Every saved CRM page (shared fixtures and our own variants) goes through the same path as
 * `npm run extract` and must match its expected.json field by field: records matched on
 * crm+sourceId, order ignored, amounts ±0.005, an absent field counting as null.
 */
const DIRS = ['test/fixtures/crm-pages', 'test/fixtures/crm-pages-variants'];
const FIELDS = ['name', 'account', 'owner', 'amount', 'currency', 'stage', 'status', 'closeDate', 'createdDate', 'probability'] as const;
const TODAY = '2026-11-27';

type Row = Record<string, unknown> & { crm: string; sourceId: string };

const pages = DIRS.flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => ({ dir, file: f, expected: f.replace(/\.html$/, '.expected.json') })),
);

describe('CRM page fixtures', () => {
  it('has fixtures to check', () => expect(pages.length).toBeGreaterThanOrEqual(14));

  it.each(pages)('$dir/$file', async ({ dir, file, expected }) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const want = JSON.parse(readFileSync(join(dir, expected), 'utf8')) as Row[];
    const out = await extractHtml(html, { today: TODAY });
    const got = out.deals as Row[];
    const key = (d: Row) => `${d.crm}:${d.sourceId}`;
    const byKey = new Map(got.map((d) => [key(d), d]));
    const problems: string[] = [];
    for (const w of want) {
      const g = byKey.get(key(w));
      if (!g) { problems.push(`missing ${key(w)} (${String(w.name)})`); continue; }
      for (const f of FIELDS) {
        const a = g[f] ?? null;
        const b = w[f] ?? null;
        const same = f === 'amount' && typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 0.005 : a === b;
        if (!same) problems.push(`${key(w)} ${f}: got ${JSON.stringify(a)}, want ${JSON.stringify(b)}`);
      }
    }
    const wanted = new Set(want.map(key));
    for (const g of got) if (!wanted.has(key(g))) problems.push(`unexpected ${key(g)} (${String(g.name)})`);
    expect(problems, `adapter=${String(out.adapter)} warnings=${out.warnings.join(' | ')}`).toEqual([]);
  });
});
