import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import {
  cleanText, columnField, mapColumns, normalizeGuid, parseProbability, safeRecordUrl, salesforceId18, stageToStatus, statusFromLabel,
} from '../../../../lib/crm/parse';

describe('parseProbability', () => {
  it.each([['75%', 75], ['75 %', 75], ['10', 10], ['12,5 %', 12.5], ['0%', 0], ['', null], ['--', null], ['150%', null]] as const)(
    '%j → %j', (t, want) => expect(parseProbability(t)).toBe(want));
});

describe('stageToStatus', () => {
  it.each([
    ['Closed Won', 'won'], ['Closed won', 'won'], ['已結案-成交', 'won'], ['成交', 'won'], ['Gewonnen', 'won'],
    ['Abgeschlossen und gewonnen', 'won'], ['受注', 'won'], ['Gagné', 'won'], ['Ganado', 'won'],
    ['Closed Lost', 'lost'], ['Closed lost', 'lost'], ['Closed-Lost to Competition', 'lost'], ['已結案-失敗', 'lost'],
    ['Abgeschlossen und verloren', 'lost'], ['失注', 'lost'], ['Perdu', 'lost'],
    ['Negotiation/Review', 'open'], ['Proposal/Price Quote', 'open'], ['受注見込み', 'open'], ["Won't proceed", 'open'], ['', 'open'],
  ] as const)('%s → %s', (stage, want) => expect(stageToStatus(stage, 'salesforce')).toBe(want));
  it('settings overrides win over defaults', () => {
    expect(stageToStatus('Signed', 'hubspot', { Signed: 'won' })).toBe('won');
    expect(stageToStatus('Closed Won', 'salesforce', { 'closed won': 'open' })).toBe('open');
  });
  it('status labels: unknown is null, open words are open', () => {
    expect(statusFromLabel('Open', 'dynamics')).toBe('open');
    expect(statusFromLabel('Offen', 'dynamics')).toBe('open');
    expect(statusFromLabel('Something', 'dynamics')).toBeNull();
  });
});

describe('cleanText', () => {
  it('uses textContent, collapses whitespace and caps length', () => {
    const w = new Window();
    w.document.write('<div id="d"><span style="text-transform:uppercase">closed  won</span>\n <b>\u200b now</b></div>');
    const div = w.document.getElementById('d');
    expect(cleanText(div as unknown as Node)).toBe('closed won now');
    expect(cleanText('a'.repeat(600)).length).toBe(500);
    expect(cleanText('😀'.repeat(3), 2)).toBe('😀😀');
    expect(cleanText(null)).toBe('');
  });
});

describe('safeRecordUrl', () => {
  const page = 'https://acme.lightning.force.com/lightning/o/Opportunity/list';
  it('keeps same-host http(s) links, resolved', () => {
    expect(safeRecordUrl('/lightning/r/006Hs00001m8z0fIAA/view', page)).toBe('https://acme.lightning.force.com/lightning/r/006Hs00001m8z0fIAA/view');
  });
  it.each(['javascript:alert(1)', 'data:text/html,x', 'https://evil.example/x', '//evil.example/x', 'https://u:p@acme.lightning.force.com/', ''])(
    'drops %j', (href) => expect(safeRecordUrl(href, page)).toBeNull());
  it('honours allowedHost', () => {
    expect(safeRecordUrl('https://app.hubspot.com/contacts/1/record/0-3/2', page, 'app.hubspot.com')).toBe('https://app.hubspot.com/contacts/1/record/0-3/2');
  });
});

describe('ids', () => {
  it('salesforce 15 → 18', () => {
    expect(salesforceId18('006Hs00001m8z0f')).toBe('006Hs00001m8z0fIAA');
    expect(salesforceId18('006Hs00001m8z0fIAA')).toBe('006Hs00001m8z0fIAA');
    expect(salesforceId18('not-an-id')).toBeNull();
  });
  it('dynamics guid', () => {
    expect(normalizeGuid('%7B77C151D5-6279-4FDA-AA27-03C0A21C0045%7D')).toBe('77c151d5-6279-4fda-aa27-03c0a21c0045');
    expect(normalizeGuid('{77c151d5-6279-4fda-aa27-03c0a21c0045}')).toBe('77c151d5-6279-4fda-aa27-03c0a21c0045');
    expect(normalizeGuid('nope')).toBeNull();
  });
});

describe('columns', () => {
  it('maps headers by label in several languages, never by position', () => {
    expect(columnField('Opportunity Name')).toBe('name');
    expect(columnField('商機名稱')).toBe('name');
    expect(columnField('Abschlussdatum')).toBe('closeDate');
    expect(columnField('Sort by: Close Date')).toBe('closeDate');
    expect(columnField('Expected Revenue')).toBeNull();
    expect(columnField('Amount (converted)')).toBeNull();
    const m = mapColumns(['Stage', 'Amount', null, 'Opportunity Name']);
    expect(m.get('name')).toBe(3);
    expect(m.get('amount')).toBe(1);
  });
});

describe('caps shared with the deal schema', () => {
  it('parse caps equal the schema caps (kept apart so the content script has no zod)', async () => {
    const domain = await import('../../../../lib/domain/deal');
    const text = await import('../../../../lib/crm/parse/text');
    const url = await import('../../../../lib/crm/parse/url');
    expect(text.TEXT_MAX).toBe(domain.TEXT_MAX);
    expect(url.URL_MAX).toBe(domain.URL_MAX);
  });
});
