import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { deepQuery, deepQueryAll, isRendered, pageLocale } from '../../../lib/crm/dom';

function page(html: string): Document {
  const w = new Window({ url: 'https://acme.lightning.force.com/' });
  w.document.write(html);
  return w.document as unknown as Document;
}

describe('deepQueryAll', () => {
  it('finds elements inside nested open shadow roots, light DOM first', () => {
    const doc = page('<html lang="de-DE"><body><div class="row" id="light"></div><x-host></x-host></body></html>');
    const host = doc.querySelector('x-host') as HTMLElement;
    const outer = host.attachShadow({ mode: 'open' });
    const inner = doc.createElement('y-host');
    outer.append(inner);
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const row = doc.createElement('div');
    row.className = 'row';
    row.id = 'deep';
    innerRoot.append(row);
    expect(deepQueryAll(doc, '.row').map((e) => e.id)).toEqual(['light', 'deep']);
    expect(deepQuery(doc, '#deep')).toBe(row);
    expect(doc.querySelectorAll('.row').length).toBe(1);
    expect(pageLocale(doc)).toBe('de-DE');
  });
});

describe('isRendered', () => {
  it('skips display:none / hidden / aria-hidden ancestors and stylesheet-hidden views', () => {
    const doc = page(`<style>.oneContent:not(.active){display:none}</style>
      <div class="oneContent"><p id="cached">old</p></div>
      <div class="oneContent active"><p id="live">new</p></div>
      <div style="display:none"><p id="inline">x</p></div>
      <div hidden><p id="attr">x</p></div>
      <div aria-hidden="true"><p id="aria">x</p></div>
      <div style="visibility:hidden"><p id="vis">x</p></div>`);
    const ids = ['cached', 'live', 'inline', 'attr', 'aria', 'vis'];
    expect(ids.filter((id) => isRendered(doc.getElementById(id) as Element))).toEqual(['live']);
  });
  it('crosses shadow boundaries when checking ancestors', () => {
    const doc = page('<div id="outer" style="display:none"><x-host></x-host></div>');
    const root = (doc.querySelector('x-host') as HTMLElement).attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    root.append(p);
    expect(isRendered(p)).toBe(false);
  });
});
