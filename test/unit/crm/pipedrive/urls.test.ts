import { describe, expect, it } from 'vitest';
import { pipedriveAdapter } from '../../../../lib/crm/pipedrive';
import { PIPEDRIVE_SELECTORS } from '../../../../lib/crm/pipedrive/selectors';
import { dealIdFromHref, pipedriveLocation } from '../../../../lib/crm/pipedrive/urls';

describe('Pipedrive URLs', () => {
  it('every selector group matches the page kind of its test URLs', () => {
    for (const url of PIPEDRIVE_SELECTORS.list.urls) expect(pipedriveLocation(new URL(url)).kind, url).toBe('list');
    for (const url of PIPEDRIVE_SELECTORS.board.urls) expect(pipedriveLocation(new URL(url)).kind, url).toBe('board');
    for (const url of PIPEDRIVE_SELECTORS.record.urls) expect(pipedriveLocation(new URL(url)).kind, url).toBe('record');
  });

  it('reads the deal id of a detail page and of links', () => {
    expect(pipedriveLocation(new URL('https://acme.pipedrive.com/deal/2217')).dealId).toBe('2217');
    expect(dealIdFromHref('/deal/15')).toBe('15');
    expect(dealIdFromHref('https://acme.pipedrive.com/deal/15?tab=notes')).toBe('15');
    expect(dealIdFromHref('/organization/15')).toBeNull();
    expect(dealIdFromHref('/deals/list')).toBeNull();
  });

  it('matches company subdomains only', () => {
    expect(pipedriveAdapter.matches(new URL('https://acme.pipedrive.com/pipeline'))).toBe(true);
    expect(pipedriveAdapter.matches(new URL('https://pipedrive.com.evil.example/pipeline'))).toBe(false);
    for (const path of ['/persons/list', '/organizations/list', '/leads/inbox', '/activities/list']) {
      expect(pipedriveLocation(new URL(`https://acme.pipedrive.com${path}`)).kind, path).toBe('other');
    }
  });
});
