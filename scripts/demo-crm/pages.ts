import { displayDate } from './dates';
import { DEMO_STAGES } from './data';
import type { DemoDeal } from './generate';
import { fragment, h, type Child, type Html } from './html';

/**
 * The demo CRM's pages: plain, honest CRM markup (a table list, a stage board, a record page).
 * Fields carry `data-field` hooks and dates a `<time datetime>`, like well-built CRMs do; the demo
 * adapter (lib/crm/demo) reads exactly this markup.
 */
export interface PageContext {
  user: string;
  today: string;
}

const FRACTION: Record<string, number> = { USD: 2, EUR: 2, TWD: 0, JPY: 0 };

/** "USD 12,500.00" — an ISO-prefixed amount, as multi-currency CRMs print it. */
export function displayAmount(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  const digits = FRACTION[currency] ?? 2;
  const n = amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${currency} ${n}`;
}

const dateCell = (iso: string): Html => h('time', { datetime: iso }, displayDate(iso));

export function layout(ctx: PageContext, title: string, active: 'home' | 'deals' | 'board', main: Html): string {
  const nav = (href: string, label: string, key: typeof active): Html =>
    h('a', { href, 'data-nav': key, class: key === active ? 'active' : null, 'aria-current': key === active ? 'page' : null }, label);
  return `<!doctype html>${h(
    'html',
    { lang: 'en' },
    h('head', null,
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, `${title} · Harbor CRM (demo)`),
      h('link', { rel: 'stylesheet', href: '/static/app.css' }),
      h('script', { src: '/static/app.js', defer: true })),
    h('body', null,
      h('header', { class: 'topbar' },
        h('a', { class: 'brand', href: '/' }, 'Harbor CRM'),
        h('nav', { class: 'main-nav', 'aria-label': 'Main' }, nav('/deals', 'Deals', 'deals'), nav('/board', 'Board', 'board')),
        h('span', { class: 'signed-in', 'data-current-user': ctx.user }, 'Signed in as ', h('strong', null, ctx.user))),
      main),
  )}`;
}

export function landingPage(ctx: PageContext, deals: readonly DemoDeal[]): string {
  return layout(ctx, 'Home', 'home', h('main', { id: 'content', 'data-page': 'home' },
    h('h1', null, 'Welcome to Harbor CRM'),
    h('p', null, `A demo CRM with ${deals.length} invented deals, for trying Pacer without a CRM account.`),
    h('ul', null,
      h('li', null, h('a', { href: '/deals' }, 'All deals'), ' — the list view'),
      h('li', null, h('a', { href: '/board' }, 'Pipeline board'), ' — deals by stage'))));
}

const COLUMNS = [
  ['name', 'Deal'], ['account', 'Account'], ['owner', 'Owner'], ['stage', 'Stage'], ['amount', 'Amount'],
  ['probability', 'Probability'], ['closeDate', 'Close date'], ['createdDate', 'Created'],
] as const;

function listRow(d: DemoDeal): Html {
  const cells: Record<(typeof COLUMNS)[number][0], Child> = {
    name: h('a', { href: `/deals/${d.id}` }, d.name),
    account: d.account,
    owner: d.owner,
    stage: d.stage,
    amount: displayAmount(d.amount, d.currency),
    probability: `${d.probability}%`,
    closeDate: dateCell(d.closeDate),
    createdDate: dateCell(d.createdDate),
  };
  return h('tr', { 'data-deal-id': d.id }, COLUMNS.map(([key]) => h(key === 'name' ? 'th' : 'td', { 'data-field': key, scope: key === 'name' ? 'row' : null }, cells[key])));
}

export function listPage(ctx: PageContext, deals: readonly DemoDeal[]): string {
  return layout(ctx, 'All deals', 'deals', h('main', { id: 'content', 'data-page': 'deals-list' },
    h('h1', null, 'All deals'),
    h('p', { class: 'list-meta' }, `${deals.length} deals · sorted by close date`),
    h('table', { class: 'deal-table' },
      h('thead', null, h('tr', null, COLUMNS.map(([key, label]) => h('th', { 'data-field': key, scope: 'col' }, label)))),
      h('tbody', null, deals.map(listRow)))));
}

function card(d: DemoDeal): Html {
  const prop = (field: string, label: string, value: Child): Html =>
    h('div', { class: 'card-prop' }, h('dt', null, label), h('dd', { 'data-field': field }, value));
  return h('article', { class: 'deal-card', 'data-deal-id': d.id },
    h('a', { class: 'card-title', 'data-field': 'name', href: `/deals/${d.id}` }, d.name),
    h('dl', null,
      prop('account', 'Account', d.account),
      prop('amount', 'Amount', displayAmount(d.amount, d.currency)),
      prop('closeDate', 'Close', dateCell(d.closeDate)),
      prop('owner', 'Owner', d.owner)));
}

/** Boards show the pipeline: open deals plus what closed in the last 90 days. */
export function boardPage(ctx: PageContext, deals: readonly DemoDeal[], recentSince: string): string {
  const shown = deals.filter((d) => d.status === 'open' || d.closeDate >= recentSince);
  const columns = DEMO_STAGES.map(({ label }) => {
    const inStage = shown.filter((d) => d.stage === label);
    return h('section', { class: 'board-column', 'data-stage': label },
      h('h2', { class: 'column-title' }, h('span', { class: 'stage-name' }, label), ' ', h('span', { class: 'count' }, `(${inStage.length})`)),
      inStage.map(card));
  });
  return layout(ctx, 'Pipeline board', 'board', h('main', { id: 'content', 'data-page': 'deals-board' },
    h('h1', null, 'Pipeline board'),
    h('p', { class: 'list-meta' }, `${shown.length} deals · open deals and deals closed in the last 90 days`),
    h('div', { class: 'board' }, columns)));
}

export function recordPage(ctx: PageContext, deal: DemoDeal, all: readonly DemoDeal[]): string {
  const field = (key: string, label: string, value: Child): Html =>
    h('div', { class: 'record-field' }, h('dt', null, label), h('dd', { 'data-field': key }, value));
  const sameAccount = all.filter((d) => d.account === deal.account && d.id !== deal.id).slice(0, 8);
  return layout(ctx, deal.name, 'deals', h('main', { id: 'content', 'data-page': 'deal-record' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '/deals' }, 'Deals'), ' › ', deal.id),
    h('article', { class: 'deal-record', 'data-deal-id': deal.id },
      h('h1', { class: 'record-title', 'data-field': 'name' }, deal.name),
      h('ol', { class: 'stage-path', 'aria-label': 'Stage' },
        DEMO_STAGES.map(({ label }) => h('li', { 'aria-current': label === deal.stage ? 'step' : null, class: label === deal.stage ? 'current' : null }, label))),
      h('dl', { class: 'record-fields' },
        field('account', 'Account', deal.account),
        field('owner', 'Owner', deal.owner),
        field('stage', 'Stage', deal.stage),
        field('amount', 'Amount', displayAmount(deal.amount, deal.currency)),
        field('probability', 'Probability', `${deal.probability}%`),
        field('closeDate', deal.status === 'open' ? 'Expected close' : 'Close date', dateCell(deal.closeDate)),
        field('createdDate', 'Created', dateCell(deal.createdDate)))),
    // Related deals are links only: a record page is about one deal.
    h('aside', { class: 'related' },
      h('h2', null, `Other deals with ${deal.account}`),
      sameAccount.length === 0 ? h('p', null, 'None') : h('ul', null, sameAccount.map((d) => h('li', null, h('a', { href: `/deals/${d.id}` }, d.name)))))));
}

export function notFoundPage(ctx: PageContext): string {
  return layout(ctx, 'Not found', 'home', h('main', { id: 'content', 'data-page': 'not-found' }, h('h1', null, 'Not found'), h('p', null, fragment(h('a', { href: '/deals' }, 'Back to deals')))));
}
