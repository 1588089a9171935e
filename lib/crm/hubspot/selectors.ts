import type { DealColumn } from '../parse';

/**
 * HubSpot selectors as data, beside URLs of the pages they must match (refined-github style).
 * Evidence: README "DOM evidence › HubSpot" of the fixture set; test/unit/crm/hubspot checks every
 * `urls` entry against `hubspotLocation`.
 */
export const HUBSPOT_SELECTORS = {
  table: {
    urls: [
      'https://app.hubspot.com/contacts/21987654/objects/0-3/views/all/list',
      'https://app-eu1.hubspot.com/contacts/143991/objects/0-3/views/4815162/list',
      'https://app.hubspot.com/contacts/21987654/deals/list/view/all/',
    ],
    /** Header cells: property name in `data-table-external-id=header-<NAMESPACE>-<property>`. */
    headerCell: 'th[data-table-external-id^="header-"], th[data-test-id^="header-"], th[role="columnheader"]',
    headerProperty: /^header-(?:[A-Z_]+-)?(.+)$/,
    headerTestIdProperty: /^header-\d+-\d+-(.+)$/,
    row: 'tr[data-test-id^="row-"]',
    rowId: /^row-(\d+)$/,
    /** Cells: `cell-0-<col>-<property>-<rowId>`; the property maps the cell without the header. */
    cellProperty: /^cell-\d+-\d+-(.+)-(\d+)$/,
    label: '[data-test-id="truncated-object-label"]',
    money: '[data-selenium-test="currency-component-loaded"]',
    /** Parts of a cell that are not its value. */
    skip: '[data-test-id="pipeline-label"],[data-test-id="association-overflow"],[data-selenium-test="preview-button"]',
    recordLink: 'a[href*="/record/0-3/"], a[href*="/deal/"]',
    pipelineLabel: '[data-test-id="pipeline-label"]',
  },
  board: {
    urls: [
      'https://app.hubspot.com/contacts/21987654/objects/0-3/views/all/board',
      'https://app.hubspot.com/contacts/44120987/objects/0-3/views/all/board?cardSize=compact',
      'https://app.hubspot.com/contacts/21987654/deals/board/view/all/',
    ],
    column: '[data-test-id="cdb-column"]',
    columnName: '[data-test-id="cdb-column-name"]',
    item: '[data-test-id="cdb-column-item"]',
    itemFallback: '[data-rbd-draggable-id]',
    title: '[data-test-id="cdbc-title"]',
    property: '[data-selenium-test="card-property"], li > [data-test-id^="cdbc-property-"]',
    propertyLabel: '[data-test-id="cdbc-property-label"]',
    propertyValue: '[data-test-id="cdbc-property-value"]',
    money: '[data-selenium-test="currency-component-loaded"]',
    associations: '[data-test-id="cdbc-associations"]',
    companyLink: 'a[href*="/record/0-2/"], a[href*="/company/"]',
  },
  record: {
    urls: [
      'https://app.hubspot.com/contacts/21987654/record/0-3/31877514423',
      'https://app-eu1.hubspot.com/contacts/143991/record/0-3/9876543210/view/1',
      'https://app.hubspot.com/contacts/21987654/deal/31877514423',
    ],
    title: '[data-selenium-test="highlightTitle"] h3, [data-selenium-test$="-highlight-details"] h3, [data-selenium-test="highlightTitle"]',
    amount: '[data-selenium-test$="-highlight-details"] [data-selenium-test="currency-component-loaded"]',
    closeDate: '[data-selenium-test="DealHighlightDetailsCloseDateInput"]',
    stage: '#stage-select',
    property: (prop: string) => `[data-selenium-test="property-input-${prop}"]`,
    companyChicklet: '[data-test-id="company-chicklet"]',
    companyLink: '[data-selenium-test="company-chicklet-title-link"]',
    companiesCard: '[data-test-id^="card-wrapper-COMPANIES"]',
    /** Hidden or inactive copies of a record are never read. */
    container: '[data-test-id="record-page"]',
  },
} as const;

/** HubSpot property names → deal fields (language independent, so they win over labels). */
export const HUBSPOT_PROPERTIES: Readonly<Record<string, DealColumn>> = {
  dealname: 'name',
  dealstage: 'stage',
  closedate: 'closeDate',
  hubspot_owner_id: 'owner',
  amount: 'amount',
  'associations.company': 'account',
  'associations.0-2': 'account',
  associatedcompanyid: 'account',
  createdate: 'createdDate',
  hs_createdate: 'createdDate',
  hs_deal_stage_probability: 'probability',
};
