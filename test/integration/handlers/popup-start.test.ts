import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setupPopupStart } from '../../../entrypoints/background/handlers/popup-start';
import type { PacerDb } from '../../../lib/db/app-db';
import { updateSettings } from '../../../lib/db/settings';
import { createT } from '../../../lib/i18n';
import { translatorFor } from '../../../lib/i18n/translate';
import { freshDb } from '../support/db';
import { send } from '../support/messages';

/** `popup.start`: what the popup renders its first frame with (it ships no message tables). */
let db: PacerDb;
let stop: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  stop = setupPopupStart(db);
});
afterEach(() => {
  stop();
  db.close();
});

describe('popup.start', () => {
  it("answers the settings and the popup's own browser language with its strings", async () => {
    const r = await send('popup.start', { languages: ['ja-JP', 'en-US'] });
    expect(r.lang).toBe('ja');
    expect(r.settings.language).toBeNull();
    const t = translatorFor(r.messages, r.lang);
    // The same text the full tables give, plural forms included.
    for (const [key, params] of [['popup.title', undefined], ['popup.team.heading', undefined], ['kpi.winRate', undefined], ['tp.moreDeals', { count: 3 }], ['teach.popupButton', undefined]] as const) {
      expect(t(key, params)).not.toBe(key);
      expect(t(key, params)).toBe(createT('ja')(key, params));
    }
  });

  it("follows the language chosen in the options over the browser's, so the next popup switches", async () => {
    expect((await send('popup.start', { languages: ['en-US'] })).lang).toBe('en');
    await updateSettings(db, { language: 'zh-TW' });
    const r = await send('popup.start', { languages: ['en-US'] });
    expect(r.lang).toBe('zh-TW');
    expect(r.settings.language).toBe('zh-TW');
    expect(translatorFor(r.messages, r.lang)('popup.title')).toBe(createT('zh-TW')('popup.title'));
    expect(translatorFor(r.messages, r.lang)('popup.title')).not.toBe(createT('en')('popup.title'));
  });

  it('rejects a request without the languages list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await expect(send('popup.start', undefined)).rejects.toThrow(/rejected popup\.start/);
    } finally {
      warn.mockRestore();
    }
  });
});
