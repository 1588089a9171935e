import { freshDb } from '../integration/support/db';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupText, exportBackup } from '../../lib/export/backup';
import { applyImport, previewImport } from '../../lib/export/import';

/**
 * Imports of random text, random JSON and randomly damaged backups: nothing throws, a file that is
 * not a backup is reported (fatal) and writes nothing, damaged records are reported one by one, and
 * any valid backup (random subsets of the sample) imports unchanged: export → import → export equal.
 */
const SAMPLE_TEXT = readFileSync(new URL('../fixtures/backups/sample-backup.json', import.meta.url), 'utf8');
const SAMPLE = JSON.parse(SAMPLE_TEXT) as Record<string, unknown>;
const TABLES = ['deals', 'observations', 'goals', 'csat', 'snapshots', 'mappings', 'agendas'] as const;
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const NOW = new Date('2026-11-27T10:00:00.000Z');

const total = async (db: ReturnType<typeof freshDb>) => (await Promise.all([db.deals, db.observations, db.goals, db.csat, db.snapshots, db.mappings, db.agendas, db.meta].map((t) => t.count()))).reduce((a, b) => a + b, 0);

/** A JSON-ish value that is wrong in some way: another type, out of range, huge, hostile. */
const junk = fc.oneof(fc.jsonValue(), fc.constantFrom(null, -1, 1e309, '', '<script>alert(1)</script>', 'javascript:alert(1)', '2026-02-30', '__proto__', [], {}), fc.string({ maxLength: 3000 }));

/** Damages the sample: drops, replaces or adds fields at random paths (records and envelope). */
const damaged = fc.array(fc.record({ table: fc.constantFrom(...TABLES, 'envelope' as const), index: fc.nat(), key: fc.string({ maxLength: 12 }), pickKey: fc.nat(), value: junk, drop: fc.boolean() }), { minLength: 1, maxLength: 8 })
  .map((edits) => {
    const b = structuredClone(SAMPLE) as Record<string, unknown>;
    for (const e of edits) {
      const target = e.table === 'envelope' ? b : ((b[e.table] as Record<string, unknown>[] | undefined)?.[e.index % Math.max(1, (b[e.table] as unknown[] | undefined)?.length ?? 1)]);
      if (!target || typeof target !== 'object') continue;
      const keys = Object.keys(target);
      const key = e.pickKey % 3 === 0 || keys.length === 0 ? e.key : (keys[e.pickKey % keys.length] as string);
      if (e.drop) delete target[key];
      else target[key] = e.value;
    }
    return JSON.stringify(b);
  });

describe('import fuzz', () => {
  it('random text and random JSON: never throws, reported as not a backup, nothing written', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string({ maxLength: 2000 }), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constantFrom('', '{', 'null', '[]', '{"format":"pacer-backup"}', '{"format":"pacer-backup","version":99}')), async (text) => {
      const db = freshDb();
      const preview = await previewImport(db, text);
      const applied = await applyImport(db, text);
      expect(preview.ok).toBe(false);
      expect(typeof preview.fatal).toBe('string');
      expect(applied.ok).toBe(false);
      expect(await total(db)).toBe(0);
      db.close();
    }), { numRuns: RUNS * 4 });
  });

  it('damaged backups: never throw; each problem is reported and only valid records are written', async () => {
    await fc.assert(fc.asyncProperty(damaged, async (text) => {
      const db = freshDb();
      const preview = await previewImport(db, text);
      const applied = await applyImport(db, text);
      expect(applied.ok).toBe(preview.ok);
      if (!applied.ok) {
        expect(typeof applied.fatal).toBe('string');
        expect(await total(db)).toBe(0);
      } else {
        expect(applied.counts).toEqual(preview.counts);
        // Every goal/csat/mapping record of the file is either counted or reported (no silent drop).
        const file = JSON.parse(text) as Record<string, unknown>;
        for (const t of ['goals', 'mappings'] as const) {
          const records = Array.isArray(file[t]) ? (file[t] as unknown[]).length : 0;
          const c = applied.counts[t];
          const reported = new Set(applied.errors.filter((e) => e.path.startsWith(`${t}[`) || e.path.startsWith(`${t}.`) || e.path === t).map((e) => /^\w+[[.](\d+)/.exec(e.path)?.[1] ?? e.path)).size;
          expect(c.add + c.update + c.unchanged + reported, `${t}: ${JSON.stringify(c)} ${JSON.stringify(applied.errors)}`).toBeGreaterThanOrEqual(records);
        }
        // What was written exports as a valid backup again.
        const again = await previewImport(freshDb(), backupText(await exportBackup(db, NOW)));
        expect(again.ok).toBe(true);
        expect(again.errors).toEqual([]);
      }
      db.close();
    }), { numRuns: RUNS });
  });

  it('a valid backup (any subset of the sample) imports unchanged: export → import → export equal', async () => {
    const subset = fc.record(Object.fromEntries(TABLES.map((t) => [t, fc.subarray((SAMPLE[t] as unknown[] | undefined) ?? [])])) as Record<(typeof TABLES)[number], fc.Arbitrary<unknown[]>>);
    await fc.assert(fc.asyncProperty(subset, async (tables) => {
      const a = freshDb();
      const first = await applyImport(a, JSON.stringify({ ...SAMPLE, ...tables }));
      expect(first.ok).toBe(true);
      expect(first.errors).toEqual([]);
      const exported = await exportBackup(a, NOW);
      const b = freshDb();
      const second = await applyImport(b, backupText(exported));
      expect(second.errors).toEqual([]);
      expect(backupText(await exportBackup(b, NOW))).toBe(backupText(exported));
      a.close();
      b.close();
    }), { numRuns: RUNS });
  }, 120_000);
});
