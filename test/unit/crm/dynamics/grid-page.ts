import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractPage } from '../../../../lib/crm/extract-page';

/** The Dynamics 365 grid fixture, as a fresh document per call, at its own address. */
const html = readFileSync('test/fixtures/crm-pages/dynamics-opportunities-grid.html', 'utf8');
export const gridUrl = new URL(/<meta name="fixture-url" content="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&'));

export function gridPage(): Document {
  const w = new Window({ url: gridUrl.href });
  w.document.write(html);
  return w.document as unknown as Document;
}

export const readGrid = (d: Document) => extractPage(d, gridUrl, { today: '2026-11-27' });
