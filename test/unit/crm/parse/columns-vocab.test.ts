import { describe, expect, it } from 'vitest';
import type { ColumnLabels, DealColumn } from '../../../../lib/crm/parse/column-match';
import { columnField, LABELS } from '../../../../lib/crm/parse/columns';
import { columnField as dynamicsField, DYNAMICS_COLUMN_LABELS } from '../../../../lib/crm/parse/columns-dynamics';
import { columnField as hubspotField, HUBSPOT_COLUMN_LABELS } from '../../../../lib/crm/parse/columns-hubspot';
import { columnField as pipedriveField, PIPEDRIVE_COLUMN_LABELS } from '../../../../lib/crm/parse/columns-pipedrive';
import { columnField as salesforceField, SALESFORCE_COLUMN_LABELS } from '../../../../lib/crm/parse/columns-salesforce';
import { columnField as zohoField, ZOHO_COLUMN_LABELS } from '../../../../lib/crm/parse/columns-zoho';

const VOCABS: [string, ColumnLabels, typeof columnField][] = [
  ['salesforce', SALESFORCE_COLUMN_LABELS, salesforceField],
  ['hubspot', HUBSPOT_COLUMN_LABELS, hubspotField],
  ['pipedrive', PIPEDRIVE_COLUMN_LABELS, pipedriveField],
  ['zoho', ZOHO_COLUMN_LABELS, zohoField],
  ['dynamics', DYNAMICS_COLUMN_LABELS, dynamicsField],
];

describe('per-CRM column vocabularies', () => {
  it.each(VOCABS)('%s: every label maps to the same field in the full dictionary and in its own matcher', (_crm, labels, field) => {
    for (const [f, list] of Object.entries(labels) as [DealColumn, readonly string[]][]) {
      for (const label of list) {
        expect(columnField(label), label).toBe(f);
        expect(field(label), label).toBe(f);
      }
    }
  });

  it('every full-dictionary field is covered by every CRM (each CRM reads all nine fields)', () => {
    for (const [, labels] of VOCABS) expect(Object.keys(labels).sort()).toEqual(Object.keys(LABELS).sort());
  });

  it('a CRM does not read another CRM\'s labels', () => {
    expect(pipedriveField('Opportunity Name')).toBeNull();
    expect(salesforceField('Est. Revenue')).toBeNull();
    expect(dynamicsField('Deal Name')).toBeNull();
    expect(hubspotField('Topic')).toBeNull();
    expect(zohoField('Organization')).toBeNull();
    // …while the generic readers' full dictionary reads them all.
    expect(columnField('Opportunity Name')).toBe('name');
    expect(columnField('Est. Revenue')).toBe('amount');
  });

  it('sort hints and extra labels work in a CRM matcher as in the full one', () => {
    expect(salesforceField('Sort by: Close Date')).toBe('closeDate');
    expect(salesforceField('Stage Sorted Ascending')).toBe('stage');
    expect(pipedriveField('標題', { '標題': 'name' })).toBe('name');
    expect(salesforceField(null)).toBeNull();
  });
});
