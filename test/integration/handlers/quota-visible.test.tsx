// @vitest-environment happy-dom
import { freshDb, seenDeal } from '../support/db';
import { failWritesTo, onMutate } from '../support/middleware';
import { send } from '../support/messages';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ReaderStatus } from '../../../components/sidebar/reader-status';
import { errorText } from '../../../components/options/error-text';
import type { PacerDb } from '../../../lib/db/app-db';
import { QUOTA_EXCEEDED } from '../../../lib/db/errors';
import { LANGUAGES, type Language } from '../../../lib/domain/settings';
import { createT } from '../../../lib/i18n/index';
import { sidebarMessages, translatorFor } from '../../../lib/i18n/sidebar-strings';
import { setupData } from '../../../entrypoints/background/handlers/data';
import { setupDeals } from '../../../entrypoints/background/handlers/deals';
import { setupGoalsCrud } from '../../../entrypoints/background/handlers/goals-crud';
import { setupSettings } from '../../../entrypoints/background/handlers/settings';

/**
 * A full disk (QuotaExceededError, simulated under Dexie) during each kind of write: the whole
 * write is rolled back (no partial state), and what reaches the user is a sentence in their
 * language, in the sidebar (the reader's error) and on the options page, never a raw key.
 */
let db: PacerDb;
let stop: (() => void)[] = [];
const ingest = (deals: unknown[]) => send('deals.ingest', { url: 'https://x.lightning.force.com/o', adapter: 'salesforce', pageKind: 'list', deals });

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  stop = [setupDeals(db), setupData(db), setupSettings(db), setupGoalsCrud(db)];
  await ingest([seenDeal('A')]);
  db.close(); // the failing middleware applies from the next open
});
afterEach(() => stop.forEach((s) => s()));

async function snapshot() {
  return { deals: await db.deals.toArray(), observations: await db.observations.toArray(), goals: await db.goals.toArray(), meta: await db.meta.toArray(), firstWon: await db.accountFirstWon.toArray() };
}

describe('storage full', () => {
  it.each(['deals', 'observations', 'accountFirstWon'])('while %s is written during ingest: nothing partial, the key comes back', async (table) => {
    failWritesTo(db, table);
    await db.open();
    const before = await snapshot();
    await expect(ingest([seenDeal('A', { stage: 'Closed Won', status: 'won', amount: 5000 }), seenDeal('B'), seenDeal('C', { status: 'won', stage: 'Closed Won' })])).rejects.toThrow(QUOTA_EXCEEDED);
    expect(await snapshot()).toEqual(before);
  });

  it('while settings or goals are saved: nothing partial', async () => {
    // One hook for both tables (Dexie keeps one middleware per name).
    onMutate(db, (name) => (name === 'meta' || name === 'goals' ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : undefined));
    await db.open();
    const before = await snapshot();
    await expect(send('settings.update', { me: 'Ann', baseCurrency: 'EUR' })).rejects.toThrow(QUOTA_EXCEEDED);
    await expect(send('goals.save', { id: 'g', scope: 'team', owner: null, metric: 'dealsWon', target: { kind: 'absolute', value: 3 }, period: '2026-Q4', parentId: null, createdAt: '2026-10-01T00:00:00.000Z' })).rejects.toThrow(QUOTA_EXCEEDED);
    expect(await snapshot()).toEqual(before);
  });

  it.each([...LANGUAGES] as Language[])('is shown as a sentence in the sidebar and the options page (%s)', (lang) => {
    const sentence = createT(lang)(QUOTA_EXCEEDED);
    expect(sentence).not.toBe(QUOTA_EXCEEDED);
    expect(sentence.length).toBeGreaterThan(20);
    // Options page: errors from the background pass through errorText.
    expect(errorText(new Error(QUOTA_EXCEEDED), createT(lang))).toBe(sentence);
    // Sidebar: the reader's error, rendered with the strings the background sends the content script.
    const t = translatorFor(sidebarMessages(lang), lang);
    const root = document.createElement('div');
    render(<ReaderStatus status={{ state: 'error', reader: 'Salesforce', pageKind: 'list', count: 3, rows: [], warnings: [], signedInAs: null, error: QUOTA_EXCEEDED, recordKey: null }} t={t} lang={lang} onTeach={() => undefined} />, root);
    const line = root.querySelector('[data-testid="pacer-deals-read"]')?.textContent ?? '';
    expect(line).toBe(sentence);
    expect(root.textContent).not.toContain(QUOTA_EXCEEDED);
    render(null, root);
  });
});
