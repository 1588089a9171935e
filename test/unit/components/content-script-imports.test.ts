import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Every source file the in-page code reaches from `entry` through relative value imports. */
function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const stack = [resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    const src = readFileSync(file, 'utf8');
    const specs = [...src.matchAll(/^import\s+(?!type\s)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);
    seen.set(file, specs);
    for (const spec of specs) {
      if (!spec.startsWith('.') || spec.endsWith('.css')) continue;
      const base = join(dirname(file), spec);
      const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
      if (hit && !seen.has(hit)) stack.push(hit);
    }
  }
  return seen;
}

describe('the CRM content scripts (25 KB gzip budget, issue #7)', () => {
  it('reach no Preact hooks: the sidebar is class components, so no hooks runtime is bundled', () => {
    const files = reach('entrypoints/crm.content/start.tsx');
    expect(files.size).toBeGreaterThan(20);
    const withHooks = [...files].filter(([, specs]) => specs.includes('preact/hooks')).map(([f]) => f.slice(ROOT.length + 1));
    expect(withHooks).toEqual([]);
  });

  it('reach no evidence formatting (the compact sidebar never shows it)', () => {
    const files = [...reach('entrypoints/crm.content/start.tsx').keys()].map((f) => f.slice(ROOT.length + 1));
    expect(files).toContain('components/talking-points/talking-point-view.tsx');
    expect(files).not.toContain('components/talking-points/evidence-values.tsx');
  });

  it('reach no KPI metadata, figure formatting or basis-text builders: the background sends the sidebar display text', () => {
    const files = [...reach('entrypoints/crm.content/start.tsx').keys()].map((f) => f.slice(ROOT.length + 1));
    expect(files).toContain('components/kpi/kpi-card-view.tsx');
    for (const builder of [
      'components/kpi/kpi-card.tsx', 'components/ui/delta.tsx', 'components/goals/goal-row.tsx',
      'components/talking-points/talking-point-card.tsx', 'components/talking-points/deal-link.tsx',
    ]) expect(files).not.toContain(builder);
    expect(files.filter((f) => f.startsWith('lib/display/'))).toEqual([]);
  });

  it('reach no taught-mapping reader or teach mode: both are injected on demand (teach.inject)', () => {
    for (const crm of ['salesforce', 'salesforce-classic', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'generic']) {
      const files = [...reach(`entrypoints/${crm}.content/index.ts`).keys()].map((f) => f.slice(ROOT.length + 1));
      expect(files, crm).toContain('entrypoints/crm.content/on-demand.ts');
      expect(files, crm).not.toContain('lib/crm/generic/taught.ts');
      expect(files, crm).not.toContain('entrypoints/crm.content/teach.tsx');
    }
  });

  it('the custom-domain script reaches no kanban reader: board.js is injected on demand (teach.inject)', () => {
    const files = [...reach('entrypoints/generic.content/index.ts').keys()].map((f) => f.slice(ROOT.length + 1));
    expect(files).toContain('lib/crm/generic/table.ts');
    expect(files).not.toContain('lib/crm/generic/board.ts');
    expect([...reach('entrypoints/board.content/index.ts').keys()].map((f) => f.slice(ROOT.length + 1))).toContain('lib/crm/generic/board.ts');
  });
});
