/**
 * Zoho CRM selectors as data (evidence: test/fixtures/crm-pages/README.md "Zoho CRM"), with the
 * URLs each page kind must be recognised on (test/unit/crm/adapter-urls.test.ts).
 */
export const SELECTORS = {
  /** The list component names its module: only Deals/Potentials lists are read. */
  listComponent: 'crux-table-component[cx-prop-module], [data-zcqa="listViewTable"]',
  table: 'lyte-exptable',
  headerRow: 'lyte-exptable-tr#listviewHeaderRow',
  headerCell: 'lyte-exptable-th',
  headerLabel: 'lyte-text',
  row: 'lyte-exptable-tr[data-zcqa="detailView"], lyte-exptable-tr.lvRow',
  cell: 'lyte-exptable-td',
  nameLink: 'a[href*="/tab/Potentials/"], a[href*="/tab/Deals/"], a.lvRecordLink',
  /** Detail page: `#subvalue_<API name>` / `#headervalue_<API name>`. */
  detailValue: (api: string) => `#subvalue_${api}, #headervalue_${api}`,
} as const;

/** Zoho field API names (header `fieldname`, `lvColumnHeader_<api>`, detail `#subvalue_<api>`). */
export const API_FIELDS = {
  Deal_Name: 'name',
  Potential_Name: 'name',
  Account_Name: 'account',
  Owner: 'owner',
  Deal_Owner: 'owner',
  Amount: 'amount',
  Stage: 'stage',
  Closing_Date: 'closeDate',
  Created_Time: 'createdDate',
  Probability: 'probability',
} as const;

export const TEST_URLS = {
  list: [
    'https://crm.zoho.com/crm/org812345678/tab/Potentials/custom-view/5725767000000087531/list',
    'https://crm.zoho.eu/crm/org20001/tab/Deals/custom-view/4000000012345/list?page=2',
    'https://crm.zoho.com/crm/tab/Potentials',
  ],
  record: ['https://crm.zoho.com/crm/org812345678/tab/Potentials/5725767000003401270'],
  board: ['https://crm.zoho.in/crm/org9/tab/Potentials/custom-view/5725767000000087531/kanban'],
  other: [
    'https://crm.zoho.com/crm/org812345678/tab/Contacts/custom-view/5725767000000087500/list',
    'https://crm.zoho.com/crm/org812345678/tab/Home/begin',
  ],
} as const;
