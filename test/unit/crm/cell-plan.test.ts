import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { lightText } from '../../../lib/crm/dom';
import { cellText, type CellPlans } from '../../../lib/crm/cell-plan';

/**
 * cellText reads a column's cells by a shape learned from earlier cells; every cell whose shape
 * differs must fall back to the exact walk, so its text is always lightText's.
 */
const win = new Window({ url: 'https://acme.lightning.force.com/' });

/** A parsed table cell (test markup only; the code under test never parses HTML). */
function cell(inner: string, cls = 'slds-cell-edit cellContainer'): Element {
  const d = new win.DOMParser().parseFromString(`<table><tr><td class="${cls}">${inner}</td></tr></table>`, 'text/html') as unknown as Document;
  return d.querySelector('td') as Element;
}

const edit = (text: string) =>
  `<button class="slds-button slds-cell-edit__button" title="Edit"><lightning-primitive-icon><svg aria-hidden="true"><g></g></svg></lightning-primitive-icon><span class="slds-assistive-text">${text}</span></button>`;
const lightning = (value: string, after = edit(`Edit Stage: Item ${value}`)) =>
  `<lightning-primitive-cell-factory><span class="slds-grid slds-grid_align-spread"><div class="slds-truncate"><lst-formatted-text><span title="value">${value}</span></lst-formatted-text></div>${after}</span></lightning-primitive-cell-factory>`;

/** Cells of one column: the common Lightning shape and the variants a plan must not misread. */
const VARIANTS: Record<string, () => Element> = {
  standard: () => cell(lightning('Closed Won')),
  otherValue: () => cell(lightning('Prospecting')),
  noButton: () => cell(lightning('Negotiation', '')),
  valueEndsLikeAssistive: () => cell(lightning('Item Closed Won', edit('Item Closed Won'))),
  nestedSpans: () => cell(lightning('$100 <span>USD <b>net</b></span>')),
  assistiveInValue: () => cell(lightning('$100<span class="slds-assistive-text">US dollars</span>')),
  hiddenCell: () => cell(lightning('Closed Won'), 'slds-cell-edit slds-hide'),
  hiddenValue: () => cell(lightning('Closed Won').replace('class="slds-truncate"', 'class="slds-truncate slds-hide"')),
  upperCaseHide: () => cell(lightning('Closed Won').replace('class="slds-truncate"', 'class="SLDS-HIDE"')),
  buttonNotSkipped: () => cell(lightning('Closed Won', '<span class="pill">Edit Stage: Item Closed Won</span>')),
  textAfterButton: () => cell(lightning('Closed Won', `${edit('Edit Stage')}tail`)),
  twoSkipped: () => cell(lightning('Closed Won', `${edit('Edit')}<span class="sr-only">note</span>`)),
  buttonValue: () => cell('<lightning-primitive-cell-factory><span class="slds-grid"><div class="slds-truncate"><button>Closed Won</button></div></span></lightning-primitive-cell-factory>'),
  emptyValue: () => cell(lightning('')),
  whitespace: () => cell(`\n  ${lightning('Closed Won')}\n`),
  sameLengthOtherText: () => cell(lightning('Closed Won', `<span>${'x'.repeat('Edit Stage: Item Closed Won'.length)}</span>`)),
  // Not sealed: another node beside the value's way down (the length proof decides).
  textBesideValue: () => cell(lightning('Closed Won').replace('<div class="slds-truncate">', '<div class="slds-truncate">Was: ')),
  commentBesideValue: () => cell(lightning('Closed Won').replace('</lst-formatted-text>', '<!-- lwc --></lst-formatted-text>')),
  emptyElementBeside: () => cell(lightning('Closed Won').replace('</lst-formatted-text>', '<i></i></lst-formatted-text>')),
  buttonFirst: () => cell(lightning('Closed Won').replace(/<div class="slds-truncate">(.*?)<\/div>(<button.*<\/button>)/, '$2<div class="slds-truncate">$1</div>')),
  hiddenCustomElement: () => cell(lightning('Closed Won').replace('<lst-formatted-text>', '<lst-formatted-text class="slds-hide">')),
  svgForValue: () => cell(lightning('Closed Won').replace('<span title="value">Closed Won</span>', '<svg>Closed Won</svg>')),
  textForValueSpan: () => cell(lightning('Closed Won').replace('<span title="value">Closed Won</span>', 'Closed Won')),
};

function readColumn(names: string[]): { texts: string[]; exact: string[]; plans: CellPlans } {
  const plans: CellPlans = new Map();
  const cells = names.map((n) => VARIANTS[n]!());
  return { texts: cells.map((c) => cellText(c, plans, 0)), exact: cells.map((c) => lightText(c)), plans };
}

describe('cellText (per-column cell plans)', () => {
  it('learns the Lightning cell shape and reads by it with the exact texts', () => {
    const r = readColumn(['standard', 'otherValue', 'standard']);
    expect(r.texts).toEqual(['Closed Won', 'Prospecting', 'Closed Won']);
    expect(typeof r.plans.get(0)).toBe('object');
  });

  it('falls back to the exact walk for every cell whose shape differs from the plan', () => {
    for (const variant of Object.keys(VARIANTS)) {
      const r = readColumn(['standard', variant, 'otherValue', variant]);
      expect(r.texts, variant).toEqual(r.exact);
    }
    expect(readColumn(['standard', 'assistiveInValue']).texts[1]).toBe('$100');
    expect(readColumn(['standard', 'hiddenValue']).texts[1]).toBe('');
    expect(readColumn(['standard', 'buttonNotSkipped']).texts[1]).toBe('Closed WonEdit Stage: Item Closed Won');
    expect(readColumn(['standard', 'valueEndsLikeAssistive']).texts[1]).toBe('Item Closed Won');
  });

  it('gives the exact texts whatever cell the plan was learned from', () => {
    const names = Object.keys(VARIANTS);
    for (const first of names) {
      const r = readColumn([first, ...names, ...names.slice().reverse()]);
      expect(r.texts, first).toEqual(r.exact);
    }
  });

  it('reads a link found by SHOWN_LINK without testing its own class (it names the record)', () => {
    const links = ['Acme', 'Globex', 'Initech'].map((name, i) =>
      cell(`<a href="/lightning/r/001${i}/view" class="slds-truncate outputLookupLink-001${i}"><slot><slot><span>${name}</span></slot></slot></a>`).querySelector('a')!,
    );
    links[2]!.querySelector('span')!.append(links[2]!.ownerDocument.createElement('b'));
    const plans: CellPlans = new Map();
    expect(links.map((a) => cellText(a, plans, ~1, true))).toEqual(links.map((a) => lightText(a)));
    expect(typeof plans.get(~1)).toBe('object');
  });

  it('stops learning after a few cells that give no plan', () => {
    const r = readColumn(['twoSkipped', 'twoSkipped', 'twoSkipped', 'twoSkipped', 'twoSkipped', 'standard']);
    expect(r.plans.get(0)).toBe(4);
    expect(r.texts).toEqual(r.exact);
  });
});
