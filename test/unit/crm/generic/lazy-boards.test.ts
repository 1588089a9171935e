// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { genericAdapter } from '../../../../lib/crm/generic';
import { readBoards } from '../../../../lib/crm/generic/board';
import { genericAdapterWith } from '../../../../lib/crm/generic/adapter-with';
import { BOARDS_READY_EVENT, lazyBoardReader, provideBoardReader } from '../../../../entrypoints/generic.content/board-bridge';
import { loadPage } from '../hp-support';

/**
 * The custom-domain script (generic.js) loads the kanban reader on demand (board.js, 25 KB
 * budget, issue #7): its adapter must read every generic fixture exactly as lib/crm/generic's
 * does once board.js is there, and before that ask for board.js once and read lists as before.
 */
const DIR = join(__dirname, '../../../fixtures/generic');
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
const opts = { today: '2026-11-27' };
const KEY = '__pacerRead:board';

afterEach(() => { delete (globalThis as Record<string, unknown>)[KEY]; });

function both(file: string, adapter: ReturnType<typeof genericAdapterWith>) {
  const page = loadPage(join(DIR, file));
  try {
    const url = new URL(page.url);
    return {
      lazy: { kind: adapter.pageKind(url, page.document), ...adapter.extract(page.document, url, opts) },
      bundled: { kind: genericAdapter.pageKind(url, page.document), ...genericAdapter.extract(page.document, url, opts) },
    };
  } finally {
    void page.close();
  }
}

describe('generic.js with the board reader on demand', () => {
  it('has board fixtures to compare', () => {
    expect(pages.filter((p) => /board/.test(p)).length).toBeGreaterThanOrEqual(2);
  });

  for (const file of pages) {
    it(`reads ${file} as genericAdapter does once board.js arrived`, () => {
      const ask = vi.fn(() => Promise.resolve(true));
      const heard = vi.fn();
      window.addEventListener(BOARDS_READY_EVENT, heard);
      provideBoardReader(readBoards);
      window.removeEventListener(BOARDS_READY_EVENT, heard);
      expect(heard).toHaveBeenCalledTimes(1);
      const { lazy, bundled } = both(file, genericAdapterWith(lazyBoardReader(ask)));
      expect(lazy).toEqual(bundled);
      expect(ask).not.toHaveBeenCalled();
    });
  }

  it('before board.js: lists read as before, a board page asks for board.js once and reads nothing yet', () => {
    const ask = vi.fn(() => Promise.resolve(true));
    const adapter = genericAdapterWith(lazyBoardReader(ask));
    const list = both('suitecrm-opportunities.html', adapter);
    expect(list.lazy).toEqual(list.bundled);
    expect(list.lazy.deals.length).toBeGreaterThan(0);
    expect(ask).not.toHaveBeenCalled();
    const board = both('odoo-pipeline-board.html', adapter);
    expect(board.bundled.deals.length).toBeGreaterThan(0);
    expect(board.lazy.deals).toEqual([]);
    expect(board.lazy.kind).toBe('other');
    both('odoo-pipeline-board.html', adapter);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed injection', async () => {
    const ask = vi.fn(() => Promise.reject(new Error('no tab')));
    const read = lazyBoardReader(ask);
    const page = loadPage(join(DIR, 'odoo-pipeline-board.html'));
    try {
      read(page.document, new URL(page.url));
      await Promise.resolve();
      await Promise.resolve();
      read(page.document, new URL(page.url));
      expect(ask).toHaveBeenCalledTimes(2);
    } finally {
      void page.close();
    }
  });
});
