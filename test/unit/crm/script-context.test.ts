// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://acme.lightning.force.com/lightning/o/Opportunity/list"}
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../entrypoints/crm.content/script-context';

/**
 * Store builds alias wxt/utils/content-script-context to Pacer's cut-down copy (wxt.config.ts):
 * the in-page code must call nothing it left out, and what it kept must behave like WXT's.
 */
const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);
}

describe('the content scripts\' cut-down ContentScriptContext', () => {
  it('has every member the in-page code calls on ctx', () => {
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'entrypoints'))) {
      const src = readFileSync(file, 'utf8');
      if (!src.includes('wxt/utils/content-script-context')) continue;
      for (const m of src.matchAll(/\bctx\.(\w+)/g)) used.add(m[1] as string);
    }
    expect([...used]).toEqual(expect.arrayContaining(['onInvalidated', 'addEventListener', 'isInvalid']));
    const missing = [...used].filter((name) => !(name in ContentScriptContext.prototype));
    expect(missing).toEqual([]);
  });

  it('is invalidated when a newer copy of the same script starts in the frame, and cleans up', async () => {
    const older = new ContentScriptContext('sidebar-test');
    const other = new ContentScriptContext('another-script');
    const onGone = vi.fn();
    older.onInvalidated(onGone);
    const heard = vi.fn();
    older.addEventListener(window, 'pacer:test', heard);
    // Due well after the newer copy's start message has been heard, even on a loaded machine (a
    // 30 ms timer fired before the invalidation there); the check below waits past it.
    const late = vi.fn();
    const due = Date.now() + 600;
    older.setTimeout(late, 600);
    await new Promise((r) => setTimeout(r, 10));
    expect(older.isInvalid).toBe(false); // its own start message is ignored
    const newer = new ContentScriptContext('sidebar-test');
    await vi.waitFor(() => expect(older.isInvalid).toBe(true));
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
    window.dispatchEvent(new Event('pacer:test'));
    expect(heard).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 50));
    expect(late).not.toHaveBeenCalled();
    newer.notifyInvalidated();
    other.notifyInvalidated();
  });

  it('reports single-page navigations as wxt:locationchange', async () => {
    const ctx = new ContentScriptContext('nav-test');
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    history.pushState(null, '', '/lightning/o/Opportunity/list?filterName=Mine');
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1), { timeout: 2500 });
    ctx.notifyInvalidated();
  });
});
