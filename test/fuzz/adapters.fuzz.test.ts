import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { adapterById, adapterFor } from '../../lib/crm/registry';
import { extractedDealSchema } from '../../lib/domain/deal';
import { PAYLOADS } from '../fixtures/hostile/payloads';

/**
 * Every adapter on randomly mutated saved CRM pages (nodes removed, duplicated, shuffled, text
 * mangled or replaced by payloads): `extract` and `pageKind` never throw, and every deal returned
 * is a valid ExtractedDeal whose link is http(s) on the page's own host.
 */
const DIR = join(import.meta.dirname, '..', 'fixtures', 'crm-pages');
const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { file: string; url: string; requiresScript: boolean }[];
const FIXTURES = index.filter((e) => !e.requiresScript);
/** happy-dom is slow on full CRM pages: 8 runs a page by default, `FUZZ_RUNS=200` for a deep run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const windows: Window[] = [];
afterAll(async () => { await Promise.all(windows.map((w) => w.happyDOM.close())); });

type Op = { kind: 'remove' | 'duplicate' | 'shuffle' | 'mangle' | 'payload' | 'attr'; pick: number; text: string };
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('remove', 'duplicate', 'shuffle', 'mangle', 'payload', 'attr'),
  pick: fc.nat(),
  text: fc.oneof(fc.string(), fc.constantFrom(...Object.values(PAYLOADS), '', '—', '$-1e309', '31/31/2026', 'javascript:alert(1)', '999999999999999999999%')),
});

function mutate(doc: Document, ops: readonly Op[]): void {
  for (const o of ops) {
    const all = Array.from(doc.body.querySelectorAll('*'));
    if (all.length === 0) return;
    const el = all[o.pick % all.length] as Element;
    switch (o.kind) {
      case 'remove': el.remove(); break;
      case 'duplicate': el.after(el.cloneNode(true)); break;
      case 'shuffle': {
        const kids = Array.from(el.children);
        for (let i = kids.length - 1; i > 0; i--) el.appendChild(kids[(o.pick + i) % kids.length] as Element);
        break;
      }
      case 'mangle': {
        const walker = doc.createTreeWalker(el, 4);
        const texts: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
        const t = texts[o.pick % Math.max(1, texts.length)];
        if (t) t.data = o.pick % 2 ? o.text : t.data.split('').reverse().join('');
        break;
      }
      case 'payload': el.textContent = o.text; break;
      case 'attr': {
        const name = el.getAttributeNames()[o.pick % Math.max(1, el.getAttributeNames().length)];
        if (name) el.setAttribute(name, o.text);
        else el.setAttribute('href', o.text);
        break;
      }
    }
  }
}

describe.each(FIXTURES.map((f) => [f.file, f] as const))('adapter fuzz: %s', (_file, fixture) => {
  it('never throws and returns only valid deals with same-host http(s) links', () => {
    const url = new URL(fixture.url);
    const adapter = adapterFor(url) ?? adapterById('generic');
    if (!adapter) throw new Error(`no adapter for ${fixture.url}`);
    const window = new Window({ url: fixture.url, settings: { disableJavaScriptEvaluation: true } });
    windows.push(window);
    const doc = window.document as unknown as Document;
    doc.write(readFileSync(join(DIR, fixture.file), 'utf8'));
    const pristine = doc.documentElement.cloneNode(true);
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
      doc.removeChild(doc.documentElement);
      doc.appendChild(pristine.cloneNode(true));
      mutate(doc, ops);
      adapter.pageKind(url, doc);
      const { deals, warnings } = adapter.extract(doc, url, { today: '2026-11-27' });
      expect(Array.isArray(warnings)).toBe(true);
      for (const d of deals) {
        const parsed = extractedDealSchema.safeParse(d);
        expect(parsed.success, JSON.stringify(d).slice(0, 300)).toBe(true);
        if (d.url) expect(new URL(d.url)).toMatchObject({ hostname: url.hostname, protocol: url.protocol });
      }
    }), { numRuns: RUNS });
  }, 120_000);
});
