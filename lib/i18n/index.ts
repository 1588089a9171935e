import type { Language } from '../domain/settings';
import common from './messages/common';
import talkingPoints from './messages/talking-points';
import talkingPointRules from './messages/talking-point-rules';
import engineReport from './messages/engine-report';
import popup from './messages/popup';
import sidebar from './messages/sidebar';
import sites from './messages/sites';
import storage from './messages/storage';
import teach from './messages/teach';
import ui from './messages/ui';
import options from './messages/options';
import optionsSettings from './messages/options-settings';
import optionsData from './messages/options-data';
import { makeT, type Params } from './translate';
import type { AreaMessages, Message, MessageTable } from './types';

/**
 * Every UI area registers its messages here (one file per area under ./messages), so a key
 * lives beside the feature's other strings and the parity test sees all of them.
 */
const areas: AreaMessages<MessageTable>[] = [common, talkingPoints, popup, ui, sidebar, storage, talkingPointRules, engineReport, teach, sites, options, optionsSettings, optionsData];

type Tables = Record<Language, Record<string, Message>>;
export const allMessages: Tables = { en: {}, 'zh-TW': {}, 'zh-CN': {}, ja: {} };
for (const area of areas) {
  for (const lang of Object.keys(allMessages) as Language[]) Object.assign(allMessages[lang], area[lang]);
}

export type Translate = (key: string, params?: Params) => string;
export const createT = (lang: Language): Translate => makeT<Record<string, Message>>(allMessages, lang);

export { resolveLanguage } from './translate';
export * from './format';
