import type { DealColumn } from '../parse';

/**
 * Pipedrive selectors as data, beside URLs of the pages they must match (refined-github style).
 * List markup is solid evidence (Pipedrive's own list components); pipeline tiles and the deal
 * detail page are inferred, so those readers lean on structure (deal links, avatars, value shapes)
 * and use these selectors only as first choices.
 */
export const PIPEDRIVE_SELECTORS = {
  list: {
    urls: [
      'https://lumenforge.pipedrive.com/deals/list/user/everyone',
      'https://acme-gmbh.pipedrive.com/deals/list/filter/42',
      'https://acme.pipedrive.com/deals/list',
    ],
    row: 'tr.gridRow, tr[class*="gridRow"]',
    headerCell: 'th[data-field], th.gridHeader__cell',
    checkboxInput: 'input[data-id]',
    cellValue: '[data-test$="-label"], .gridCell__item, .valueWrap',
    dealLink: 'a[href*="/deal/"]',
    quickInfoDeal: '[data-quick-info-type="deal"][data-quick-info-id]',
  },
  board: {
    urls: [
      'https://lumenforge.pipedrive.com/pipeline/1/user/everyone',
      'https://acme.pipedrive.com/pipeline',
      'https://acme.pipedrive.com/pipeline/3/filter/17',
    ],
    tile: '[data-test="deal-tile"], [data-deal-id], .dealTile, [class*="DealTile"], [class*="deal-tile"]',
    /** Generic card containers, used when no Pipedrive-specific tile hook is present. */
    tileGeneric: 'li, [role="listitem"], [draggable="true"], article',
    stage: '[data-test="pipeline-stage"], [data-stage-id], .pipelineStage, [class*="pipelineStage"], [class*="StageColumn"]',
    stageName: '[data-test="stage-name"], [class*="stage__name"], [class*="Stage__name"], [class*="stageName"], [class*="StageName"], h2, h3, header',
    title: '[data-test="deal-tile-title"], a[href*="/deal/"]',
    value: '[data-test="deal-tile-value"], [class*="value" i], [class*="Value"]',
    org: '[data-test*="org"], [class*="org" i]',
    closeDate: '[title*="close" i], [class*="closeDate"], [class*="close-date"], [data-test*="close"]',
    avatar: '[class*="avatar" i][alt], [class*="avatar" i][title], [class*="avatar" i] [alt], [class*="avatar" i][aria-label], img[alt]',
  },
  record: {
    urls: [
      'https://lumenforge.pipedrive.com/deal/2217',
      'https://acme.pipedrive.com/deal/15/activities',
    ],
    container: '[data-test="deal-details"], [data-deal-id]',
    title: '[data-test="deal-title"], [data-test-key="title"], h1',
    value: '[data-test="deal-value"], [data-test="field-value-value"], [data-test-key="value"]',
    org: '[data-test="deal-organization"], [data-test-key="org_id"], a[href*="/organization/"]',
    owner: '[data-test="deal-owner"], [data-test-key="user_id"], [data-test-key="owner_id"]',
    ownerName: '[class*="ownerName"], [class*="OwnerName"], [data-test="deal-owner-name"]',
    activeStage: '[aria-current="step"], [class*="stage--active"], [class*="Stage--active"], [class*="stage"][class*="active"]',
    stageName: '[class*="name" i]',
    field: (key: string) => `[data-test="field-${key}-value"], [data-test-key="${key}"] [class*="value" i], [data-test-key="${key}"]`,
    fieldRow: '[class*="fieldRow"], [class*="FieldRow"], [data-test^="field-"], dl > div, tr',
    /** Parts of the page that mention other deals or old values. */
    ignore: '[data-test="flow"], [class*="history" i], [class*="relatedDeal"], [data-test="related-deal"], [class*="timeline" i]',
    statusBadge: '[data-test*="status"], [class*="status" i], [class*="badge" i]',
  },
} as const;

/** Pipedrive field keys (`data-field`) → deal fields; keys do not change with the UI language. */
export const PIPEDRIVE_KEYS: Readonly<Record<string, DealColumn>> = {
  title: 'name',
  value: 'amount',
  org_id: 'account', org_name: 'account', organization: 'account',
  user_id: 'owner', owner_id: 'owner', owner_name: 'owner',
  stage_id: 'stage', stage: 'stage',
  status: 'status',
  expected_close_date: 'closeDate',
  add_time: 'createdDate',
  probability: 'probability',
};
