import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { isCandidate, moveHighlight, navKeyOf, type NavMove, type NavScope } from '../../../lib/teach/pick-nav';

/** Keyboard picking in teach mode: where the highlight goes for each key. */
let win: Window | null = null;
afterEach(async () => { await win?.happyDOM.close(); win = null; });

function page(html: string): { doc: Document; scope: NavScope } {
  win = new Window({ url: 'https://crm.example.test/deals', settings: { disableJavaScriptEvaluation: true } });
  win.document.write(`<!doctype html><html><body>${html}</body></html>`);
  const doc = win.document as unknown as Document;
  return { doc, scope: { root: doc.body, skip: (el) => el.localName === 'pacer-teach' } };
}

const label = (el: Element | null) => (el ? `${el.localName}:${(el.textContent ?? '').trim().slice(0, 24)}` : null);
/** Presses the moves one after another from `from`, returning each highlighted element's label. */
function walk(scope: NavScope, from: Element | null, moves: NavMove[]): (string | null)[] {
  const out: (string | null)[] = [];
  let cur = from;
  for (const m of moves) {
    cur = moveHighlight(cur, m, scope);
    out.push(label(cur));
  }
  return out;
}

const LIST = `
  <h1>Deals</h1>
  <table><tbody>
    <tr data-id="1"><td><a href="/d/1">Atlas pilot</a></td><td>$12,000</td><td><span>Proposal</span></td></tr>
    <tr data-id="2" style="display:none"><td>Hidden deal</td><td>$1</td><td>Won</td></tr>
    <tr data-id="3"><td><a href="/d/3">Beacon renewal</a></td><td>  </td><td><span>Closed won</span></td></tr>
  </tbody></table>
  <script>var secret = 1;</script>
  <pacer-teach><p>Pacer's own panel</p></pacer-teach>
  <footer hidden>Footer text</footer>
  <p>Last line</p>`;

describe('moveHighlight', () => {
  it('Tab / → walk forward through visible elements that carry text, in document order', () => {
    const { scope } = page(LIST);
    expect(walk(scope, null, ['next', 'next', 'next', 'next', 'next', 'next', 'next', 'next', 'next'])).toEqual([
      'h1:Deals', 'a:Atlas pilot', 'td:$12,000', 'span:Proposal', 'a:Beacon renewal', 'span:Closed won', 'p:Last line',
      'p:Last line', 'p:Last line', // the end of the page keeps the highlight
    ]);
  });

  it('Shift+Tab / ← walk backward the same way, skipping hidden rows, scripts and Pacer’s own UI', () => {
    const { scope } = page(LIST);
    expect(walk(scope, null, ['prev', 'prev', 'prev', 'prev', 'prev', 'prev', 'prev', 'prev'])).toEqual([
      'p:Last line', 'span:Closed won', 'a:Beacon renewal', 'span:Proposal', 'td:$12,000', 'a:Atlas pilot', 'h1:Deals', 'h1:Deals',
    ]);
  });

  it('↑ widens to the parent (cell, row) but never leaves the page root; ↓ goes to the first visible child', () => {
    const { doc, scope } = page(LIST);
    const link = doc.querySelector('a')!;
    expect(walk(scope, link, ['parent', 'parent'])).toEqual(['td:Atlas pilot', `tr:${doc.querySelector('tr')!.textContent!.trim().slice(0, 24)}`]);
    expect(walk(scope, link, ['parent', 'child', 'child'])).toEqual(['td:Atlas pilot', 'a:Atlas pilot', 'a:Atlas pilot']);
    const table = doc.querySelector('table')!;
    expect(label(moveHighlight(table, 'parent', scope))).toBe(label(table)); // body is the root: stays
    expect(moveHighlight(doc.querySelector('tbody')!, 'child', scope)).toBe(doc.querySelector('tr[data-id="1"]'));
    // next from a widened highlight continues after the element's own first text-bearing descendant
    expect(label(moveHighlight(doc.querySelector('tr[data-id="1"]')!, 'next', scope))).toBe('a:Atlas pilot');
  });

  it('continues from where the mouse left the highlight, and starts at the top with nothing highlighted', () => {
    const { doc, scope } = page(LIST);
    expect(label(moveHighlight(doc.querySelectorAll('td')[1]!, 'next', scope))).toBe('span:Proposal');
    expect(label(moveHighlight(null, 'parent', scope))).toBe('h1:Deals');
  });

  it('walks into open shadow roots (web-component CRMs)', () => {
    const { doc, scope } = page('<p>Before</p><x-grid></x-grid><p>After</p>');
    const host = doc.querySelector('x-grid')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const div = shadow.appendChild(doc.createElement('div'));
    for (const text of ['Shadow deal', '$5']) div.appendChild(doc.createElement('span')).textContent = text;
    expect(walk(scope, null, ['next', 'next', 'next', 'next'])).toEqual(['p:Before', 'span:Shadow deal', 'span:$5', 'p:After']);
    expect(walk(scope, doc.querySelectorAll('p')[1]!, ['prev', 'prev', 'prev'])).toEqual(['span:$5', 'span:Shadow deal', 'p:Before']);
    const deal = shadow.querySelector('span')!;
    expect(moveHighlight(deal, 'parent', scope)).toBe(shadow.querySelector('div'));
    expect(moveHighlight(shadow.querySelector('div')!, 'parent', scope)).toBe(host);
  });

  it('candidates: own text, rendered, not skipped', () => {
    const { doc, scope } = page(LIST);
    expect(isCandidate(doc.querySelector('h1')!, scope)).toBe(true);
    expect(isCandidate(doc.querySelector('td')!, scope)).toBe(false); // its text is the link's
    expect(isCandidate(doc.querySelector('tr[data-id="2"] td')!, scope)).toBe(false);
    expect(isCandidate(doc.querySelector('pacer-teach p')!, scope)).toBe(true); // the subtree is skipped by the walk, not the leaf
  });
});

describe('navKeyOf', () => {
  it('maps arrows, Tab, Enter and Esc; leaves modified keys and letters to the page', () => {
    expect(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Tab', 'Enter', 'Escape'].map((key) => navKeyOf({ key }))).toEqual(
      ['next', 'prev', 'parent', 'child', 'next', 'pick', 'cancel'],
    );
    expect(navKeyOf({ key: 'Tab', shiftKey: true })).toBe('prev');
    expect(navKeyOf({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(navKeyOf({ key: 'a' })).toBeNull();
  });
});
