import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractWith } from '../../../../lib/crm/extract-core';
import { genericAdapter } from '../../../../lib/crm/generic';
import { readTaught } from '../../../../lib/crm/generic/taught';
import { loadPage, type Loaded } from '../hp-support';

/**
 * generic.js leaves out the row-by-row reading (entrypoints/crm.content/row-reads.ts; generic.content:
 * `WHOLE_READS`) because none of its readers counts rows: each reads the page whole and
 * returns no `rowCount`, even when asked for a slice. A reader that started counting rows would be
 * read there in one go (one long task on a big list): give generic.js ROW_READS then.
 */
const DIR = join(__dirname, '../../../fixtures/generic');
const READERS = { adapters: [], fallback: genericAdapter, readTaught };
let page: Loaded | null = null;
afterEach(async () => { await page?.close(); page = null; });

describe('the readers of generic.js read a page whole', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html')).sort()) {
    it(file, () => {
      page = loadPage(join(DIR, file));
      const url = new URL(page.url);
      const whole = extractWith(READERS, page.document, url, {});
      const probe = extractWith(READERS, page.document, url, { rows: { from: 0, count: 0 } });
      expect(probe.rowCount).toBeUndefined();
      expect(probe.deals).toEqual(whole.deals);
      const taught = extractWith(READERS, page.document, url, { rows: { from: 0, count: 0 }, mapping: { row: 'tr, [role="row"], li', fields: { name: ':scope > *:first-child' }, idFrom: null } });
      expect(taught.rowCount).toBeUndefined();
    });
  }
});
