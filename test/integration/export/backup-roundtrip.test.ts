import { freshDb } from '../support/db';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupSchema } from '../../../lib/domain/backup';
import { exportBackup, backupText } from '../../../lib/export/backup';
import { applyImport, previewImport } from '../../../lib/export/import';
import { ingestDeals } from '../../../lib/db/ingest';

const sampleText = readFileSync(new URL('../../fixtures/backups/sample-backup.json', import.meta.url), 'utf8');
const sample = JSON.parse(sampleText) as Record<string, unknown[]>;
const withoutStamp = (b: { exportedAt: string }) => ({ ...b, exportedAt: 'X' });

describe('backup export / import', () => {
  it('imports the sample backup into an empty profile: preview first, then the same counts applied', async () => {
    const db = freshDb();
    const preview = await previewImport(db, sampleText);
    expect(preview.ok).toBe(true);
    expect(preview.errors).toEqual([]);
    expect(preview.counts.deals).toEqual({ add: sample.deals!.length, update: 0, unchanged: 0 });
    expect(preview.counts.goals.add).toBe(sample.goals!.length);
    expect(await db.deals.count()).toBe(0); // preview wrote nothing
    const applied = await applyImport(db, sampleText);
    expect(applied.counts).toEqual(preview.counts);
    expect(await db.deals.count()).toBe(sample.deals!.length);
    expect(await db.observations.count()).toBe(sample.observations!.length);
    expect(await db.csat.count()).toBe(sample.csat!.length);
  });

  it('export → import → export yields the same document apart from exportedAt', async () => {
    const a = freshDb();
    await applyImport(a, sampleText);
    const first = await exportBackup(a, new Date('2026-11-27T10:00:00.000Z'));
    expect(backupSchema.safeParse(first).success).toBe(true);
    const b = freshDb();
    await applyImport(b, backupText(first));
    const second = await exportBackup(b, new Date('2026-12-01T10:00:00.000Z'));
    expect(backupText(withoutStamp(second) as typeof second)).toBe(backupText(withoutStamp(first) as typeof first));
    expect(second.exportedAt).not.toBe(first.exportedAt);
    // the sample's records survive field for field (its settings omit defaults, so compare records)
    expect(first.deals).toHaveLength(sample.deals!.length);
    const byKey = new Map(first.deals.map((d) => [`${d.crm}:${d.sourceId}`, d]));
    for (const d of sample.deals as { crm: string; sourceId: string }[]) expect(byKey.get(`${d.crm}:${d.sourceId}`)).toEqual(d);
  });

  it('re-importing the same backup changes nothing', async () => {
    const db = freshDb();
    await applyImport(db, sampleText);
    const again = await previewImport(db, backupText(await exportBackup(db)));
    for (const [table, c] of Object.entries(again.counts)) expect({ table, ...c }).toMatchObject({ table, add: 0, update: 0 });
    expect(again.settingsChanged).toBe(false);
  });

  it('merges several reps\u2019 backups: the copy seen last wins, firstSeenAt is the earliest, `me` is kept', async () => {
    const deal = (over: Record<string, unknown>) => ({
      crm: 'hubspot', sourceId: '1', name: 'N', account: null, owner: 'Ann', amount: 10, currency: 'USD', stage: 'A',
      status: 'open', closeDate: null, createdDate: null, probability: null, url: null,
      firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-02-01T00:00:00.000Z', ...over,
    });
    const file = (me: string, d: Record<string, unknown>) => JSON.stringify({
      format: 'pacer-backup', version: 1, exportedAt: '2026-03-01T00:00:00.000Z', settings: { me }, deals: [d],
    });
    const db = freshDb();
    await applyImport(db, file('Manager', deal({ amount: 20, lastSeenAt: '2026-03-01T00:00:00.000Z', firstSeenAt: '2026-02-15T00:00:00.000Z' })));
    const p = await applyImport(db, file('Ann', deal({})));
    expect(p.counts.deals).toEqual({ add: 0, update: 1, unchanged: 0 });
    const stored = await db.deals.get(['hubspot', '1']);
    expect(stored).toMatchObject({ amount: 20, firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-03-01T00:00:00.000Z' });
    expect((await exportBackup(db)).settings.me).toBe('Manager');
  });

  it('keeps a deal’s implicit first observation when an import brings it new history', async () => {
    const db = freshDb();
    await ingestDeals(db, [{ crm: 'hubspot', sourceId: '9', name: 'N', stage: 'Lead', status: 'open', amount: 5 }], { now: new Date('2026-10-01T08:00:00.000Z') });
    expect(await db.observations.count()).toBe(0);
    const file = await exportBackup(db);
    expect(file.observations).toEqual([{ crm: 'hubspot', sourceId: '9', at: '2026-10-01T08:00:00.000Z', stage: 'Lead', status: 'open', amount: 5, closeDate: null }]);
    file.deals[0] = { ...file.deals[0]!, stage: 'Demo', lastSeenAt: '2026-10-05T08:00:00.000Z' };
    file.observations.push({ ...file.observations[0]!, at: '2026-10-05T08:00:00.000Z', stage: 'Demo' });
    const p = await applyImport(db, backupText(file));
    expect(p.counts.observations).toEqual({ add: 1, update: 0, unchanged: 1 });
    expect((await db.observations.orderBy('id').toArray()).map((o) => o.stage)).toEqual(['Lead', 'Demo']);
  });
});
