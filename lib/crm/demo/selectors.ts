/**
 * Selectors of the demo CRM's markup (scripts/demo-crm/pages.ts renders it), kept as data beside
 * the URLs they must work on. The unit test renders real demo pages and runs every selector.
 */
export const DEMO_SELECTORS = {
  listRow: 'table.deal-table tbody tr[data-deal-id]',
  boardCard: 'section.board-column article.deal-card[data-deal-id]',
  boardColumn: 'section.board-column',
  boardStageName: '.stage-name',
  record: 'article.deal-record[data-deal-id]',
  recordLink: 'a[href]',
  signedInUser: '.signed-in[data-current-user]',
  field: (name: string): string => `[data-field="${name}"]`,
} as const;

/** Test URLs per page kind (any port works). */
export const DEMO_TEST_URLS = {
  list: 'http://127.0.0.1:5178/deals',
  board: 'http://127.0.0.1:5178/board',
  record: 'http://127.0.0.1:5178/deals/D-10001',
  other: 'http://127.0.0.1:5178/',
} as const;
