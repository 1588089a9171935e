import type { ExtractOptions, ExtractResult } from '../contract';
import { deepQueryAll, isRendered, pageLocale } from '../dom';
import { valueText } from '../page-context';
import { parseMoney } from '../parse';
import { buildDeals, type FieldRow } from './build-deal';
import { signature } from './find-grids';

/**
 * The generic kanban reader: columns headed by a stage name, each holding repeated cards that
 * show a title and a money value (`$88.7K`, `€12.000`, `NT$1,200,000`). Each card is a deal in
 * its column's stage. Cards are found bottom-up from the money values, so it works whatever
 * the markup: the card is the repeated element around one money value.
 */
const MONEY_HINT = /[$€£¥₩₹₽₺₪฿₫₱元円]|(?:^|[^A-Za-z])[A-Z]{3}(?:[^A-Za-z]|$)|\d\s*(?:[kKmM](?![a-z])|万|億|亿|Mio|Tsd)/;
const SKIP = 'table,[role="grid"],[role="treegrid"],[role="table"],script,style,template';

function isMoneyText(t: string, locale: string | undefined): boolean {
  return t.length > 0 && t.length <= 30 && /\d/.test(t) && MONEY_HINT.test(t) && parseMoney(t, locale ? { locale } : {}) !== null;
}

/** Deepest elements showing a money value (not inside tables or grids): `$88.7K`, not the card around it. */
function moneyLeaves(root: ParentNode, locale: string | undefined): Element[] {
  const found = deepQueryAll(root, 'body *, :scope > *').filter((el) => !el.closest(SKIP) && isMoneyText(valueText(el), locale));
  const all = new Set(found);
  return found.filter((el) => !Array.from(el.querySelectorAll('*')).some((d) => all.has(d)));
}

/** Text of the element itself, without its children's ("Prospecting" of `<h3>Prospecting <span>3</span></h3>`). */
function ownText(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) out += c.nodeValue ?? '';
  return out.replace(/\s+/g, ' ').trim();
}

/** The card: the nearest ancestor of the money value with the signature most money values share. */
function findCards(leaves: Element[]): Map<Element, Element> {
  const count = new Map<Element, number>();
  for (const leaf of leaves) for (let a: Element | null = leaf; a; a = a.parentElement) count.set(a, (count.get(a) ?? 0) + 1);
  const votes = new Map<string, { n: number; size: number }>();
  for (const leaf of leaves) {
    let top = leaf;
    while (top.parentElement && count.get(top.parentElement) === 1) top = top.parentElement;
    const sig = signature(top);
    const v = votes.get(sig) ?? { n: 0, size: 0 };
    votes.set(sig, { n: v.n + 1, size: Math.max(v.size, top.querySelectorAll('*').length) });
  }
  // Most money values win; on a tie the richer element (a card beats a column total).
  const best = [...votes.entries()].filter(([, v]) => v.n >= 2).sort((a, b) => b[1].n - a[1].n || b[1].size - a[1].size)[0];
  const cards = new Map<Element, Element>();
  if (!best) return cards;
  for (const leaf of leaves) {
    for (let a: Element | null = leaf; a; a = a.parentElement) {
      if (signature(a) !== best[0]) continue;
      if (!cards.has(a)) cards.set(a, leaf);
      break;
    }
  }
  return cards;
}

/** The column heading of a card: the nearest earlier sibling (walking up) that holds no card. */
export function columnHeading(card: Element, isCard: (el: Element) => boolean): Element | null {
  const hasCard = (el: Element) => isCard(el) || Array.from(el.querySelectorAll('*')).some(isCard);
  for (let branch: Element = card, depth = 0; branch.parentElement && depth < 8; branch = branch.parentElement, depth++) {
    const parent = branch.parentElement;
    if (parent.hasAttribute('data-stage')) return parent;
    for (let s = branch.previousElementSibling; s; s = s.previousElementSibling) {
      if (isCard(s)) continue;
      if (hasCard(s)) return null;
      if (valueText(s)) return s;
    }
  }
  return null;
}

/** The stage a heading names: `data-stage`, else its first text that is not a count or a total. */
export function stageOf(heading: Element, locale: string | undefined): string | null {
  const attr = heading.getAttribute('data-stage')?.trim();
  if (attr) return attr;
  for (const el of [heading, ...Array.from(heading.querySelectorAll('*'))]) {
    if (el.closest('button,svg,[aria-hidden="true"]')) continue;
    const t = ownText(el);
    if (t && /\p{L}/u.test(t) && !isMoneyText(t, locale)) return t.replace(/\s*[(（]\s*\d+\s*[)）]\s*$/, '').trim() || null;
  }
  const whole = valueText(heading).replace(/\s*[(（]?\s*\d+\s*[)）]?\s*$/, '').trim();
  return whole || null;
}

/** The card's title: its first link with text, else a heading, else its first text that is not the amount. */
function titleOf(card: Element, money: Element): Element | null {
  const link = Array.from(card.querySelectorAll('a[href]')).find((a) => valueText(a));
  if (link) return link;
  const heading = card.querySelector('h1,h2,h3,h4,h5,h6,[role="heading"],[class*="title" i],[class*="name" i]');
  if (heading && valueText(heading) && !heading.contains(money)) return heading;
  return Array.from(card.querySelectorAll('*')).find((e) =>
    e.children.length === 0 && !e.contains(money) && /\p{L}/u.test(valueText(e))) ?? null;
}

export function readBoards(root: ParentNode, url: URL, options: ExtractOptions = {}): ExtractResult {
  const warnings: string[] = [];
  const locale = options.locale ?? pageLocale(root);
  const cards = findCards(moneyLeaves(root, locale));
  const isCard = (el: Element) => cards.has(el);
  const rows: FieldRow[] = [];
  const columns = new Set<Element>();
  let headless = 0;
  for (const [card, money] of cards) {
    if (!isRendered(card)) continue;
    const heading = columnHeading(card, isCard);
    const stage = heading ? stageOf(heading, locale) : null;
    if (!heading || !stage) { headless++; continue; }
    columns.add(heading);
    rows.push({ row: card, cells: { name: titleOf(card, money), amount: money }, stage });
  }
  if (columns.size < 2) return { deals: [], warnings };
  if (headless > 0) warnings.push(`Board: ${headless} card(s) with an amount sit under no stage heading and were skipped.`);
  const deals = buildDeals(rows, { url, locale, options }, warnings, 'Board');
  return { deals, warnings };
}
