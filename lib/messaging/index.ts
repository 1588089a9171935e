import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** The one messenger every context uses. Background: `onMessage`; UIs and content script: `sendMessage`. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
