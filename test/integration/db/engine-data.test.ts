import { freshDb } from '../support/db';
import { readFileSync } from 'node:fs';
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fromRow } from '../../../lib/db/deal-row';
import { loadEngineData } from '../../../lib/db/engine-data';
import { withImplicit } from '../../../lib/db/observations';
import { getSettings } from '../../../lib/db/settings';
import { applyImport } from '../../../lib/export/import';
import { previousPeriod, resolvePeriod } from '../../../lib/periods';
import { buildReport } from '../../../lib/report';

const sampleText = readFileSync(new URL('../../fixtures/backups/sample-backup.json', import.meta.url), 'utf8');

/** Records which index every read of `deals` used ('' = primary key). */
function recordDealReads(db: ReturnType<typeof freshDb>): { index: string; any: boolean }[] {
  const reads: { index: string; any: boolean }[] = [];
  const mw: Middleware<DBCore> = {
    stack: 'dbcore', name: 'record-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'deals') return t;
        const note = (q: { index: { name: string | null }; range: { type: number } }) => reads.push({ index: q.index.name ?? '', any: q.range.type === 3 });
        return { ...t, query: (req) => { note(req.query); return t.query(req); }, openCursor: (req) => { note(req.query); return t.openCursor(req); } };
      },
    }),
  };
  db.use(mw);
  return reads;
}

describe('loadEngineData', () => {
  it('reads only indexed ranges and gives the engine the same report as the whole database', async () => {
    const db = freshDb();
    const reads = recordDealReads(db);
    await applyImport(db, sampleText);
    reads.length = 0;
    const data = await loadEngineData(db, { start: '2026-07-01', end: '2026-12-31', today: '2026-11-27' });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.index !== '')).toBe(true); // never a primary-key (whole table) read
    const all = await db.deals.toArray();
    expect(data.deals.length).toBeLessThan(all.length); // old closed deals were not loaded
    for (const d of data.deals) expect(d.closeDate === null || d.status === 'open' || (d.closeDate >= '2025-10-01' && d.closeDate <= '2026-12-31')).toBe(true);
    const whole = {
      deals: all.map(fromRow), observations: withImplicit(all, await db.observations.toArray()),
      goals: await db.goals.toArray(), csat: await db.csat.toArray(), settings: await getSettings(db),
    };
    // The caller loads from the previous period's start (the report compares with it) to P's end.
    for (const period of ['2026-Q4', '2026-11', 'FY2026']) {
      const p = resolvePeriod(period, whole.settings);
      const slice = await loadEngineData(db, { start: previousPeriod(p, whole.settings).start, end: p.end, today: '2026-11-27' });
      expect(buildReport(slice, { today: '2026-11-27', period }), period).toEqual(buildReport(whole, { today: '2026-11-27', period }));
    }
  });

  it('includes open deals of any date, deals without a close date, and first-won per account', async () => {
    const db = freshDb();
    await applyImport(db, JSON.stringify({
      format: 'pacer-backup', version: 1, exportedAt: '2026-11-27T09:00:00.000Z', settings: {},
      deals: [
        ['old-won', 'won', '2020-01-05'], ['old-open', 'open', '2021-03-01'], ['future', 'open', '2028-01-01'],
        ['undated-lost', 'lost', null], ['in', 'won', '2026-11-02'], ['old-lost', 'lost', '2019-01-01'],
      ].map(([id, status, closeDate]) => ({
        crm: 'zoho', sourceId: id, name: String(id), account: 'Acme', owner: 'Ann', amount: 1, currency: 'USD', stage: String(status),
        status, closeDate, createdDate: null, probability: null, url: null,
        firstSeenAt: '2026-11-01T00:00:00.000Z', lastSeenAt: '2026-11-01T00:00:00.000Z',
      })),
      observations: [{ crm: 'zoho', sourceId: 'old-open', at: '2026-11-01T00:00:00.000Z', stage: 'open', status: 'open', amount: 1, closeDate: '2021-03-01' },
        { crm: 'zoho', sourceId: 'old-won', at: '2026-11-01T00:00:00.000Z', stage: 'won', status: 'won', amount: 1, closeDate: '2020-01-05' }],
    }));
    const data = await loadEngineData(db, { start: '2026-10-01', end: '2026-12-31', today: '2026-11-27' });
    expect(data.deals.map((d) => d.sourceId).sort()).toEqual(['future', 'in', 'old-open', 'undated-lost']);
    // stored history for old-open; `future` never changed, so its one entry is the implicit first
    expect(data.observations.map((o) => [o.sourceId, o.at])).toEqual([['old-open', '2026-11-01T00:00:00.000Z'], ['future', '2026-11-01T00:00:00.000Z']]);
    expect([...(data.firstWonByAccount ?? new Map())]).toEqual([['acme', '2020-01-05']]);
  });
});
