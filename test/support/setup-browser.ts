import { vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

// WxtVitest's setup file, minus its import of wxt/testing (see ./fake-browser.ts).
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
