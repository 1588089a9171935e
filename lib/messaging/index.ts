import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** The one messenger every context uses. Background: `onMessage`; UIs and content script: `sendMessage`. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * The popup's remembered rep in storage.local. Here, beside the messenger both already load, so
 * the popup and "delete all data" (background) share the key without a chunk of its own. It is
 * where WXT storage kept it ('local:popup:lastRep'), so a remembered rep survives updates; the
 * popup reads it with plain storage.local, as WXT's storage module was the largest part of the
 * script the popup parses first.
 */
export const POPUP_LAST_REP_KEY = 'popup:lastRep';
