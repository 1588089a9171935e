/**
 * The stable hooks `npm start` and the e2e tests look for. The sidebar (components/sidebar) and the
 * popup render these `data-testid`s; Playwright's CSS locators pierce the sidebar's open shadow root.
 */
export const HOOKS = {
  sidebarHost: 'pacer-sidebar',
  dealsRead: '[data-testid="pacer-deals-read"]',
  sidebarRevenue: '[data-testid="pacer-kpi-revenueWon"]',
  popupRevenue: '[data-testid="pacer-team-revenueWon"]',
} as const;

export const inSidebar = (selector: string): string => `${HOOKS.sidebarHost} ${selector}`;
