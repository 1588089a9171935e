import { fakeBrowser } from '@webext-core/fake-browser';

/**
 * What `wxt/testing` and WXT's `wxt/browser` mock give unit tests (the same in-memory
 * fakeBrowser, WXT's own dependency), without importing `wxt/testing`: that module also
 * exports WxtVitest and so loads WXT's whole build core into every test file (~0.8 s a file,
 * a third of the unit suite's time). vitest.config.ts points `wxt/browser` and `wxt/testing`
 * here and stubs the globals in ./setup-browser.ts, as WxtVitest's own mock plugin did.
 */
export { fakeBrowser };
export const browser = fakeBrowser;
export default fakeBrowser;
