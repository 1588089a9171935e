/**
 * storage.local keys that more than one context touches: the popup remembers the last rep it
 * showed, and "delete all data" (background) removes it with everything else.
 */
export const POPUP_LAST_REP_KEY = 'popup:lastRep';
