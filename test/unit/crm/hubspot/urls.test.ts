import { describe, expect, it } from 'vitest';
import { hubspotAdapter } from '../../../../lib/crm/hubspot';
import { HUBSPOT_SELECTORS } from '../../../../lib/crm/hubspot/selectors';
import { hubspotLocation, hubspotRecordUrl } from '../../../../lib/crm/hubspot/urls';

describe('HubSpot URLs', () => {
  it('every selector group matches the page kind of its test URLs', () => {
    for (const url of HUBSPOT_SELECTORS.table.urls) expect(hubspotLocation(new URL(url)).kind, url).toBe('list');
    for (const url of HUBSPOT_SELECTORS.board.urls) expect(hubspotLocation(new URL(url)).kind, url).toBe('board');
    for (const url of HUBSPOT_SELECTORS.record.urls) expect(hubspotLocation(new URL(url)).kind, url).toBe('record');
  });

  it('reads portal and record id, on app and EU hosts', () => {
    expect(hubspotLocation(new URL('https://app-eu1.hubspot.com/contacts/143991/record/0-3/9876543210/view/1'))).toEqual({
      kind: 'record', portal: '143991', recordId: '9876543210',
    });
    expect(hubspotAdapter.matches(new URL('https://app-eu1.hubspot.com/contacts/1/objects/0-3/views/all/list'))).toBe(true);
    expect(hubspotAdapter.matches(new URL('https://app.hubspot.com.evil.example/contacts/1/'))).toBe(false);
    expect(hubspotAdapter.matches(new URL('https://www.hubspot.com/pricing'))).toBe(false);
  });

  it('treats other objects (contacts, companies, tickets) as other pages', () => {
    for (const path of ['/contacts/1/objects/0-1/views/all/list', '/contacts/1/record/0-2/55', '/contacts/1/objects/0-5/views/all/board', '/reports-dashboard/1']) {
      expect(hubspotLocation(new URL(`https://app.hubspot.com${path}`)).kind, path).toBe('other');
    }
  });

  it('leaves list vs board to the DOM when the view URL has no suffix', () => {
    expect(hubspotLocation(new URL('https://app.hubspot.com/contacts/1/objects/0-3/views/all')).kind).toBeNull();
  });

  it('builds record urls only from numeric ids', () => {
    const page = new URL('https://app.hubspot.com/contacts/7/objects/0-3/views/all/list');
    expect(hubspotRecordUrl(page, '7', '123')).toBe('https://app.hubspot.com/contacts/7/record/0-3/123');
    expect(hubspotRecordUrl(page, '7', 'javascript:alert(1)')).toBeNull();
  });
});
