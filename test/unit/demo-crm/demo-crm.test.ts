import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSchema } from '../../../lib/domain/backup';
import { demoBackup } from '../../../scripts/demo-crm/backup';
import { DEMO_REPS } from '../../../scripts/demo-crm/data';
import { addDays } from '../../../scripts/demo-crm/dates';
import { generateDemoDeals } from '../../../scripts/demo-crm/generate';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-crm/server';

const today = '2026-11-27';

describe('demo data generator', () => {
  const deals = generateDemoDeals({ today });

  it('is deterministic for a seed and date', () => {
    expect(generateDemoDeals({ today })).toEqual(deals);
    expect(generateDemoDeals({ today, seed: 7 })).not.toEqual(deals);
  });

  it('has a few hundred deals by 5 reps (one zh-TW name) in several currencies, repeating accounts', () => {
    expect(deals).toHaveLength(300);
    expect(new Set(deals.map((d) => d.owner))).toEqual(new Set(DEMO_REPS.map((r) => r.name)));
    expect(deals.some((d) => d.owner === '陳美玲')).toBe(true);
    expect(new Set(deals.map((d) => d.currency))).toEqual(new Set(['USD', 'EUR', 'TWD', 'JPY']));
    expect(new Set(deals.map((d) => d.account)).size).toBeLessThan(deals.length / 3);
    expect(new Set(deals.map((d) => d.id)).size).toBe(deals.length);
  });

  it('spans the 18 months before today and a few months ahead, consistently', () => {
    const from = addDays(today, -549);
    for (const d of deals) {
      expect(d.createdDate >= from && d.createdDate < today).toBe(true);
      expect(d.closeDate > d.createdDate).toBe(true);
      if (d.status !== 'open') expect(d.closeDate < today).toBe(true);
      expect(d.status === 'won').toBe(d.stage === 'Closed Won');
      expect(d.status === 'lost').toBe(d.stage === 'Closed Lost');
    }
    expect(deals.some((d) => d.closeDate > addDays(today, 60))).toBe(true);
    // The current quarter has wins, so the sidebar shows real numbers on first run.
    expect(deals.filter((d) => d.status === 'won' && d.closeDate >= '2026-10-01').length).toBeGreaterThan(5);
  });

  it('exports a valid Pacer backup', () => {
    const backup = demoBackup(deals, { exportedAt: `${today}T09:00:00.000Z` });
    const parsed = backupSchema.safeParse(backup);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.deals).toHaveLength(300);
    expect(parsed.data?.settings.fxRates.EUR).toBeGreaterThan(0);
  });
});

describe('demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0, today });
  });
  afterAll(() => server.close());

  it('serves list, board, record, landing and assets on loopback', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const get = async (path: string) => {
      const r = await fetch(server.url + path);
      return { status: r.status, type: r.headers.get('content-type'), csp: r.headers.get('content-security-policy'), body: await r.text() };
    };
    const list = await get('/deals');
    expect(list.status).toBe(200);
    expect(list.csp).toContain("default-src 'self'");
    expect(list.body.match(/<tr data-deal-id=/g)).toHaveLength(300);
    expect(list.body).toContain('Signed in as <strong>陳美玲</strong>');
    expect((await get('/board')).body).toContain('class="board-column"');
    const id = server.deals[0]?.id as string;
    expect((await get(`/deals/${id}`)).body).toContain(`data-deal-id="${id}"`);
    expect((await get('/')).status).toBe(200);
    expect((await get('/static/app.js')).type).toContain('javascript');
    expect((await get('/deals/NOPE')).status).toBe(404);
    // No external resources: every src/href is same-origin.
    expect(list.body).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
