import { freshDb, seenDeal } from '../support/db';
import { send } from '../support/messages';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PacerDb } from '../../../lib/db/app-db';
import { rejectedMessages } from '../../../lib/messaging/handle';
import type { ProtocolMap } from '../../../lib/messaging/protocol';
import { setupCsat } from '../../../entrypoints/background/handlers/csat';
import { setupData } from '../../../entrypoints/background/handlers/data';
import { setupDeals } from '../../../entrypoints/background/handlers/deals';
import { setupGoalsCrud } from '../../../entrypoints/background/handlers/goals-crud';
import { setupGoalsCsv } from '../../../entrypoints/background/handlers/goals-csv';
import { setupMappings } from '../../../entrypoints/background/handlers/mappings';
import { setupSettings } from '../../../entrypoints/background/handlers/settings';
import { setupSites } from '../../../entrypoints/background/handlers/sites';

/**
 * The background's message boundary: every malformed message and every unexpected sender is
 * rejected before a handler runs, logged (console.warn + `rejectedMessages`), and writes nothing.
 */
let db: PacerDb;
let stop: (() => void)[] = [];
let warn: ReturnType<typeof vi.spyOn>;

const own = () => fakeBrowser.runtime.getURL('/');
const tab = (url: string) => ({ id: 7, url } as chrome.tabs.Tab);
/** A content script in a CRM tab: trusted for reading pages, not for whole-database operations. */
const contentScript = (): chrome.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab: tab('https://x.lightning.force.com/o'), url: 'https://x.lightning.force.com/o' });
const ingestReq = (deals: unknown[]) => ({ url: 'https://x.lightning.force.com/o', adapter: 'salesforce', pageKind: 'list', deals });

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  stop = [setupDeals(db), setupData(db), setupSettings(db), setupGoalsCrud(db), setupGoalsCsv(db), setupMappings(db), setupCsat(db), setupSites(db)];
  rejectedMessages.length = 0;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  stop.forEach((s) => s());
  warn.mockRestore();
});

async function expectRejected<K extends keyof ProtocolMap>(type: K, data: unknown, reason: RegExp, sender?: chrome.runtime.MessageSender): Promise<void> {
  const before = rejectedMessages.length;
  await expect(send(type, data, sender)).rejects.toThrow(new RegExp(`rejected ${type.replace('.', '\\.')}`));
  expect(rejectedMessages.length).toBe(before + 1);
  expect(rejectedMessages.at(-1)?.type).toBe(type);
  expect(rejectedMessages.at(-1)?.reason).toMatch(reason);
  expect(String(warn.mock.calls.at(-1)?.[0])).toContain(`rejected ${type}`);
}

describe('malformed payloads', () => {
  const cases: [keyof ProtocolMap, string, unknown][] = [
    ['deals.ingest', 'no payload', undefined],
    ['deals.ingest', 'unknown page kind', { ...ingestReq([]), pageKind: 'spreadsheet' }],
    ['deals.ingest', 'a 5,000-character url', { ...ingestReq([]), url: 'x'.repeat(5000) }],
    ['deals.ingest', 'deals not an array', { ...ingestReq([]), deals: 'not an array' }],
    ['deals.ingest', '60,001 deals', { ...ingestReq(new Array(60_001).fill(0)) }],
    ['settings.update', 'month 13', { fiscalYearStartMonth: 13 }],
    ['settings.update', 'markup as a currency', { baseCurrency: '<script>' }],
    ['settings.update', 'a string', 'DROP TABLE'],
    ['goals.save', 'missing fields', { id: 'g', metric: 'revenueWon' }],
    ['goals.save', 'unknown metric and date', { id: 'g', scope: 'team', owner: null, metric: 'eval', target: { kind: 'absolute', value: 1 }, period: '2026-Q4', parentId: null, createdAt: 'yesterday' }],
    ['goals.delete', 'empty id', { id: '' }],
    ['csat.set', 'NaN score', { owner: 'Ann', period: '2026-10', value: Number.NaN }],
    ['mappings.save', 'fields not an object', { id: 'm', host: 'x', fields: '__proto__' }],
    ['mappings.forUrl', 'a number as url', { url: 42 }],
    ['data.deleteAll', 'wrong confirmation', { confirm: 'yes' }],
    ['data.deleteAll', 'no confirmation', {}],
    ['data.importApply', 'text not a string', { text: 123 }],
    ['goals.importCsv', 'apply not a boolean', { csv: 'a,b', apply: 'yes' }],
    ['settings.get', 'a payload where none is expected', { unexpected: true }],
  ];
  it.each(cases)('%s rejects %s', async (type, _what, data) => {
    await expectRejected(type, data, /./);
  });

  it('a prototype-polluting payload neither passes nor pollutes', async () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}, "fiscalYearStartMonth": 99}') as unknown;
    await expectRejected('settings.update', evil, /fiscalYearStartMonth|Too big|<=|12/i);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a bad record inside a valid ingest is reported per record, the rest stored', async () => {
    const r = await send('deals.ingest', ingestReq([seenDeal('A'), seenDeal('B', { url: 'javascript:alert(1)' }), seenDeal('C', { amount: Infinity })]));
    expect(r.added).toBe(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2]);
    expect((await db.deals.toArray()).map((d) => d.sourceId)).toEqual(['A']);
  });
});

describe('unexpected senders', () => {
  const senders: [string, () => chrome.runtime.MessageSender][] = [
    ['another extension', () => ({ id: 'abcdefghijklmnopabcdefghijklmnop' })],
    ['another extension in a web tab', () => ({ id: 'abcdefghijklmnopabcdefghijklmnop', tab: tab('https://evil.example/'), url: 'https://evil.example/' })],
    ['no id (a web page through a relay)', () => ({ tab: tab('https://evil.example/'), url: 'https://evil.example/' })],
    ['a file:// tab', () => ({ id: fakeBrowser.runtime.id, tab: tab('file:///tmp/x.html'), url: 'file:///tmp/x.html' })],
    ['a data: tab', () => ({ id: fakeBrowser.runtime.id, tab: tab('data:text/html,x'), url: 'data:text/html,x' })],
    ['a javascript: frame', () => ({ id: fakeBrowser.runtime.id, tab: tab('https://crm.example/'), url: 'javascript:alert(1)' })],
    ["another extension's page", () => ({ id: fakeBrowser.runtime.id, tab: tab('chrome-extension://zzzz/evil.html'), url: 'chrome-extension://zzzz/evil.html' })],
    ['a tab-less sender with a web url', () => ({ id: fakeBrowser.runtime.id, url: 'https://evil.example/' })],
    ['an empty sender', () => ({})],
  ];
  it.each(senders)('rejects %s before any handler runs', async (_what, sender) => {
    await expectRejected('deals.ingest', ingestReq([seenDeal('Z')]), /unexpected sender/, sender());
    await expectRejected('settings.update', { me: 'Mallory' }, /unexpected sender/, sender());
    expect(await db.deals.count()).toBe(0);
    expect((await send('settings.get')).me).toBeNull();
  });

  it("a content script may ingest and read settings but never export, import, delete or add sites", async () => {
    await send('deals.ingest', ingestReq([seenDeal('A')]), contentScript());
    expect(await send('settings.get', undefined, contentScript())).toBeTruthy();
    await expectRejected('data.export', undefined, /content script/, contentScript());
    await expectRejected('data.exportSnapshotsCsv', undefined, /content script/, contentScript());
    await expectRejected('data.deleteAll', { confirm: 'DELETE' }, /content script/, contentScript());
    await expectRejected('data.importApply', { text: '{}' }, /content script/, contentScript());
    await expectRejected('sites.add', { host: 'evil.example' }, /content script/, contentScript());
    expect(await db.deals.count()).toBe(1);
    // The same messages from Pacer's own page in a tab (options) are fine.
    const options = { id: fakeBrowser.runtime.id, tab: tab(`${own()}options.html`), url: `${own()}options.html` };
    expect((await send('data.export', undefined, options)).deals).toHaveLength(1);
  });
});
