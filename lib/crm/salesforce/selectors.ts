import { SHOWN_LINK } from '../dom';

/**
 * Salesforce selectors as data, each with the URLs of pages it must match (tested in
 * test/unit/crm/salesforce-urls.test.ts) and the evidence it rests on (test/fixtures/crm-pages/README.md).
 * Change a selector here, add a fixture for the markup that needed it.
 */
export const SELECTORS = {
  /** Lightning datatable rows (light DOM under synthetic shadow, or inside native shadow roots). */
  lightningRow: 'tr[data-row-key-value]',
  /** A Lightning datatable's header and its cells; the label sits in aria-label or a titled span. */
  lightningHead: 'thead',
  lightningHeader: 'th',
  lightningHeaderLabel: 'span.slds-truncate[title], .slds-th__action span[title]',
  /** The record link of a name, account or owner cell (a link hidden as assistive text is none). */
  cellLink: SHOWN_LINK,
  /** Classic list markup (list views in "classic" mode, related lists, search results). */
  classicTable: 'table.list',
  classicRow: 'tr.dataRow',
  classicHeader: 'tr.headerRow th, tr.headerRow td',
  /** The visible record view (Lightning keeps cached copies of earlier records, hidden). */
  recordView: 'div.oneContent.active, one-record-home-flexipage2, records-lwc-record-layout',
  cachedView: 'div.oneContent:not(.active)',
  highlightsTitle: 'records-highlights2 slot[name="primaryField"], records-highlights2 h1 .slds-page-header__title, [data-target-selection-name="sfdc:RecordField.Opportunity.Name"] lightning-formatted-text',
  highlightsItem: 'records-highlights-details-item',
  highlightsLabel: '.slds-text-title, p[title]',
  highlightsValue: '.fieldComponent, p:not(.slds-text-title)',
  layoutItem: 'records-record-layout-item[field-label], [data-target-selection-name^="sfdc:RecordField.Opportunity."]',
  layoutValue: '[data-output-element-id="output-field"], .test-id__field-value, .slds-form-element__static',
  pathCurrent: '.slds-path__item.slds-is-current .slds-path__title, .slds-path__item.slds-is-active .slds-path__title',
  /** Classic record detail page. */
  classicLabel: 'td.labelCol',
} as const;

/** Field API names (datatable `data-col-key-value`, layout `sfdc:RecordField.Opportunity.<Field>`). */
export const API_FIELDS = {
  Name: 'name',
  'Account.Name': 'account',
  AccountId: 'account',
  Account: 'account',
  Amount: 'amount',
  CloseDate: 'closeDate',
  StageName: 'stage',
  Probability: 'probability',
  'Owner.Name': 'owner',
  'Owner.Alias': 'owner',
  OwnerId: 'owner',
  Owner: 'owner',
  CreatedDate: 'createdDate',
  CreatedById: 'createdDate',
} as const;

/** URLs each page kind must be recognised on (and one it must not). */
export const TEST_URLS = {
  list: [
    'https://cobaltridge.lightning.force.com/lightning/o/Opportunity/list?filterName=00BHs00000A1b2cMAB',
    'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/o/Opportunity/home',
    'https://acme.lightning.force.com/lightning/r/Account/001Hs00002KJkwrIAD/related/Opportunities/view',
    'https://acme.my.salesforce.com/006?fcf=00BHs00000A1b2c',
    'https://acme.my.salesforce.com/006/o',
  ],
  record: [
    'https://cobaltridge.lightning.force.com/lightning/r/Opportunity/006Hs00002IBnYYIA1/view',
    'https://acme.lightning.force.com/lightning/r/006Hs00002IBnYYIA1/view',
    'https://acme.my.salesforce.com/006Hs00002IBnYY',
  ],
  other: [
    'https://cobaltridge.lightning.force.com/lightning/o/Contact/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/r/Contact/003Hs00002UMPM0IAP/view',
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme.my.salesforce.com/003?fcf=00B',
  ],
} as const;
