import { describe, expect, it } from 'vitest';
import { toSidebarStatus } from '../../../entrypoints/crm.content/sidebar-status';
import type { ReaderStatus } from '../../../entrypoints/crm.content/reader';
import { sidebarMessages, translatorFor } from '../../../lib/i18n/sidebar-strings';

const base: ReaderStatus = {
  adapterId: 'hubspot', pageKind: 'record', dealsOnPage: 1, rowsRead: 1, lastSentAt: null, warnings: [], error: null,
  deals: [{ crm: 'hubspot', sourceId: '42', name: 'Acme renewal', amount: 5000, currency: 'USD', stage: 'Contract sent' }],
  currentUser: 'Maya Okafor',
};

describe('reader status → sidebar status', () => {
  it('names the reader, counts the rows, keys the record page deal and offers the signed-in user', () => {
    const s = toSidebarStatus(base, (id) => (id === 'hubspot' ? 'HubSpot' : null));
    expect(s).toMatchObject({ state: 'done', reader: 'HubSpot', count: 1, recordKey: 'hubspot:42', signedInAs: 'Maya Okafor' });
    expect(s.rows).toEqual([{ key: 'hubspot:42', name: 'Acme renewal', amount: 5000, currency: 'USD', stage: 'Contract sent' }]);
  });

  it('has no record key on a list and says unsupported without an adapter', () => {
    expect(toSidebarStatus({ ...base, pageKind: 'list' }, () => 'HubSpot').recordKey).toBeNull();
    expect(toSidebarStatus({ ...base, adapterId: null, deals: [] }, () => 'x')).toMatchObject({ state: 'unsupported', reader: null });
    expect(toSidebarStatus({ ...base, error: 'gone' }, () => 'x').state).toBe('error');
  });
});

describe('reader status rows', () => {
  it('keeps the same rows array while the deals are the same (a batch sent), and builds new rows for new deals', () => {
    const a = toSidebarStatus(base, () => 'HubSpot');
    const b = toSidebarStatus({ ...base, lastSentAt: '2026-11-27T10:00:00.000Z' }, () => 'HubSpot');
    expect(b.rows).toBe(a.rows);
    const deals = [{ ...base.deals[0]!, name: 'Acme expansion' }];
    const c = toSidebarStatus({ ...base, deals }, () => 'HubSpot');
    expect(c.rows).not.toBe(a.rows);
    expect(c.rows[0]?.name).toBe('Acme expansion');
  });
});

describe('sidebar strings', () => {
  it('sends one language with English under missing keys, and translates plurals', () => {
    const zh = sidebarMessages('zh-TW');
    expect(translatorFor(zh, 'zh-TW')('sidebar.status.list', { count: 12 })).toBe('已從此清單讀取 12 筆案件');
    const en = translatorFor(sidebarMessages('en'), 'en');
    expect(en('sidebar.status.list', { count: 1 })).toBe('1 deal read from this list');
    expect(en('sidebar.status.list', { count: 12 })).toBe('12 deals read from this list');
    expect(en('kpi.revenueWon')).toBe('Revenue won');
    expect(en('no.such.key')).toBe('no.such.key');
  });
});
