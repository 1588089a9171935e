import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { lightFirstQueryAll as queryRows, queryRows as lightRows } from '../../../lib/crm/row-query';

const SEL = 'tr[data-row-key-value]';

function doc(html = '<html><body></body></html>'): Document {
  const w = new Window({ url: 'https://acme.lightning.force.com/' });
  w.document.write(html);
  return w.document as unknown as Document;
}

/** A seeded random tree of divs, tables and rows; rows never hold rows (as in a list). */
function randomTree(d: Document, seed: number): void {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let id = 0;
  const fill = (parent: Element, depth: number, inRow: boolean) => {
    const n = Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      let el: Element;
      if (!inRow && r < 0.35) {
        el = d.createElement('tr');
        el.setAttribute('data-row-key-value', `r${id++}`);
      } else if (r < 0.45) {
        el = d.createElement('tr'); // a row of another kind: not matched
      } else el = d.createElement(r < 0.7 ? 'div' : 'span');
      parent.append(el);
      if (depth < 5) fill(el, depth + 1, inRow || el.hasAttribute('data-row-key-value'));
    }
  };
  fill(d.body, 0, false);
}

const ids = (els: Element[]) => els.map((e) => e.getAttribute('data-row-key-value'));

describe('queryRows', () => {
  it('equals querySelectorAll, in document order, on 120 random pages', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const d = doc();
      randomTree(d, seed);
      expect(ids(queryRows(d, SEL)), `seed ${seed}`).toEqual(ids(Array.from(d.querySelectorAll(SEL))));
      expect(ids(lightRows(d, SEL)), `seed ${seed} light`).toEqual(ids(Array.from(d.querySelectorAll(SEL))));
      const scope = d.body.firstElementChild;
      if (scope) expect(ids(queryRows(scope, SEL)), `seed ${seed} scoped`).toEqual(ids(Array.from(scope.querySelectorAll(SEL))));
    }
  });

  it('finds the rows of a second table after the first, and rows at the top of a shadow root', () => {
    const d = doc('<html><body><table><tbody><tr data-row-key-value="a"></tr><tr></tr><tr data-row-key-value="b"></tr></tbody></table><p>x</p><div><table><tbody><tr data-row-key-value="c"></tr></tbody></table></div></body></html>');
    expect(ids(queryRows(d, SEL))).toEqual(['a', 'b', 'c']);
    const host = d.createElement('div');
    d.body.append(host);
    const sr = host.attachShadow({ mode: 'open' });
    const s1 = d.createElement('tr');
    s1.setAttribute('data-row-key-value', 's1');
    const span = d.createElement('span');
    const s2 = d.createElement('tr');
    s2.setAttribute('data-row-key-value', 's2');
    span.append(s2);
    sr.append(s1, span); // a row at the top of the root, the next one in a sibling's subtree
    expect(ids(queryRows(sr, SEL))).toEqual(['s1', 's2']);
    expect(queryRows(d.createElement('div'), SEL)).toEqual([]);
  });

  it('does not search inside a row for rows (a table in a cell is not a row of the list)', () => {
    const d = doc('<html><body><table><tbody><tr data-row-key-value="a"><td><table><tbody><tr data-row-key-value="nested"></tr></tbody></table></td></tr><tr data-row-key-value="b"></tr></tbody></table></body></html>');
    expect(ids(queryRows(d, SEL))).toEqual(['a', 'b']);
  });
});

