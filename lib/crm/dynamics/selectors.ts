/**
 * Dynamics 365 (Unified Interface) selectors as data. Evidence: microsoft/EasyRepro
 * AppElementReference.cs and Selenium suites (test/fixtures/crm-pages/README.md "Dynamics").
 */
export const SELECTORS = {
  /** Power Apps grid control (ag-grid). One record = a pinned-left row + a center row. */
  agGrid: '[data-id="grid-cell-container"], .ag-root[role="grid"]',
  agAnyHeader: '[role="columnheader"]',
  agHeader: '[role="columnheader"][col-id]',
  agHeaderLabel: 'label[title], .headerLabel',
  agRow: '[role="row"][row-index], [role="row"][row-id]',
  agCell: '[role="gridcell"][col-id]',
  /** The older read-only / editable grid (Wijmo). */
  wjGrid: 'div[wj-part="cells"][role="grid"], div.wj-cells[role="grid"]',
  wjRoot: '[data-lp-id*="ReadOnlyGrid"], .editableGrid, .wj-flexgrid',
  wjHeaderCell: '.wj-colheaders [role="columnheader"], div[wj-part="chcells"] .wj-cell',
  wjRow: 'div.wj-row[role="row"]',
  wjCell: '[role="gridcell"], .wj-cell',
  /** Grid control naming its entity: `MscrmControls.Grid.PCFGridControl|entity_control|opportunity|…`. */
  gridControl: '[data-lp-id*="Grid"]',
  recordLink: 'a[href*="etn=opportunity"][href*="id="], a[href*="pagetype=entityrecord"]',
  /** Record form. */
  formTitle: '[data-id="header_title"], h1[data-id="header_title"]',
  formField: (name: string) => `[data-id="${name}.fieldControl-text-box-text"], [data-id="${name}.fieldControl-currency-text-input"], [data-id="${name}.fieldControl-date-time-input"], [data-id="${name}.fieldControl-LookupResultsDropdown_${name}_selected_tag_text"], [data-id="header_${name}"], [data-id="${name}-FieldSectionItemContainer"] input, [data-id="${name}-FieldSectionItemContainer"] [data-id*="selected_tag_text"]`,
} as const;

/** Attribute logical names (ag-grid `col-id`, form `data-id`). */
export const API_FIELDS = {
  name: 'name',
  parentaccountid: 'account',
  customerid: 'account',
  parentcontactid: null,
  estimatedvalue: 'amount',
  estimatedvalue_base: null,
  actualvalue: null,
  estimatedclosedate: 'closeDate',
  actualclosedate: null,
  closeprobability: 'probability',
  stepname: 'stage',
  salesstage: 'stage',
  salesstagecode: 'stage',
  statecode: 'status',
  ownerid: 'owner',
  createdon: 'createdDate',
} as const;

export const TEST_URLS = {
  list: [
    'https://orgb7c91f2e.crm.dynamics.com/main.aspx?appid=3e0a12f1-7c4d-ef11-a72f-000d3a8b1c2e&pagetype=entitylist&etn=opportunity&viewid=00000000-0000-0000-00aa-000010003002&viewType=1039',
    'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entitylist&etn=opportunity',
  ],
  record: ['https://contoso.crm.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=opportunity&id=%7B77C151D5-6279-4FDA-AA27-03C0A21C0045%7D'],
  other: [
    'https://contoso.crm.dynamics.com/main.aspx?pagetype=entitylist&etn=contact',
    'https://contoso.crm.dynamics.com/main.aspx?pagetype=dashboard',
  ],
} as const;
