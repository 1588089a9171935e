import { freshDb } from '../support/db';
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../../lib/export/import';
import { IMPORT_FATAL } from '../../../lib/export/import-parse';
import { migrateBackup, UnsupportedVersionError } from '../../../lib/export/migrations';

const deal = (sourceId: string, over: Record<string, unknown> = {}) => ({
  crm: 'pipedrive', sourceId, name: `D${sourceId}`, account: 'Acme', owner: 'Ann', amount: 100, currency: 'EUR',
  stage: 'Won', status: 'won', closeDate: '2026-10-02', createdDate: null, probability: null, url: null,
  firstSeenAt: '2026-10-01T00:00:00.000Z', lastSeenAt: '2026-10-02T00:00:00.000Z', ...over,
});
const backup = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'pacer-backup', version: 1, exportedAt: '2026-11-27T09:00:00.000Z', settings: {}, deals: [], ...over });

async function expectNothingWritten(text: string, fatal: string) {
  const db = freshDb();
  const p = await applyImport(db, text);
  expect(p).toMatchObject({ ok: false, fatal });
  expect(await db.deals.count()).toBe(0);
  expect(await db.meta.count()).toBe(0);
}

describe('import: whole-file problems write nothing', () => {
  it('bad JSON', () => expectNothingWritten('{"format": "pacer-backup", ', IMPORT_FATAL.badJson));
  it('not a pacer backup', () => expectNothingWritten(JSON.stringify({ deals: [deal('1')] }), IMPORT_FATAL.notBackup));
  it('a newer version', async () => {
    await expectNothingWritten(backup({ version: 2, deals: [deal('1')] }), IMPORT_FATAL.newerVersion);
  });
  it('a broken envelope (deals not a list), with the detail', async () => {
    const p = await previewImport(freshDb(), backup({ deals: { a: 1 } }));
    expect(p).toMatchObject({ ok: false, fatal: IMPORT_FATAL.invalidFile });
    expect(p.fatalDetail).toMatch(/deals/);
  });
});

describe('import: per-record errors', () => {
  it('reports each bad record with its path and reason and imports the valid ones', async () => {
    const db = freshDb();
    const text = backup({
      deals: [deal('1'), deal('2', { amount: 'lots' }), deal('3', { closeDate: '2026-13-01' })],
      goals: [{ id: 'g', scope: 'rep', owner: null, metric: 'revenueWon', target: { kind: 'absolute', value: 1 }, period: '2026-Q4', parentId: null, createdAt: '2026-10-01T00:00:00.000Z' }],
      settings: { baseCurrency: 'euro' },
    });
    const p = await previewImport(db, text);
    expect(p.ok).toBe(true);
    expect(p.errors).toEqual(expect.arrayContaining([
      { path: 'deals[1].amount', reason: expect.stringMatching(/number/i) },
      { path: 'deals[2].closeDate', reason: 'not a real calendar date' },
      { path: 'goals[0].owner', reason: 'a team goal has no owner; a rep goal names one' },
      { path: 'settings.baseCurrency', reason: 'expected an ISO 4217 code such as USD' },
    ]));
    expect(p.counts.deals).toEqual({ add: 1, update: 0, unchanged: 0 });
    expect(p.settingsChanged).toBe(false);
    await applyImport(db, text);
    expect((await db.deals.toArray()).map((d) => d.sourceId)).toEqual(['1']);
    expect(await db.meta.count()).toBe(0); // invalid settings are not applied
    expect(await db.accountFirstWon.get('acme')).toMatchObject({ closeDate: '2026-10-02' });
  });
});

describe('import: older versions are migrated', () => {
  // Synthetic version 0 (docs/data-formats.md): settings.currency, deals keyed by `key`, bare-number goal targets.
  const v0 = {
    format: 'pacer-backup', version: 0, exportedAt: '2025-01-01T00:00:00.000Z', settings: { currency: 'JPY' },
    deals: [{ key: 'zoho:77:a', ...deal('x'), crm: undefined, sourceId: undefined }],
    goals: [{ id: 'g0', scope: 'team', owner: null, metric: 'dealsWon', target: 12, period: '2026-Q4', parentId: null, createdAt: '2025-01-01T00:00:00.000Z' }],
  };

  it('imports a version-0 file through the chain', async () => {
    const db = freshDb();
    const p = await applyImport(db, JSON.stringify(v0));
    expect(p).toMatchObject({ ok: true, fromVersion: 0, errors: [] });
    expect(await db.deals.get(['zoho', '77:a'])).toMatchObject({ name: 'Dx' });
    expect((await db.goals.get('g0'))?.target).toEqual({ kind: 'absolute', value: 12 });
    expect((await db.meta.get('settings'))?.value).toMatchObject({ baseCurrency: 'JPY' });
  });

  it('runs steps in order and refuses a gap', () => {
    const steps = { 0: (d: Record<string, unknown>) => ({ ...d, version: 1, a: 1 }), 1: (d: Record<string, unknown>) => ({ ...d, version: 2, b: (d.a as number) + 1 }) };
    expect(migrateBackup({ version: 0 }, steps, 2)).toEqual({ version: 2, a: 1, b: 2 });
    expect(() => migrateBackup({ version: 0 }, { 1: steps[1] }, 2)).toThrow(UnsupportedVersionError);
  });
});
