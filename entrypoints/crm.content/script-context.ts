import { browser } from 'wxt/browser';

/**
 * What Pacer's content scripts get as `ctx` in store builds: WXT's ContentScriptContext
 * (wxt/utils/content-script-context, WXT 0.20) cut down to the members they call, and
 * substituted for it by a build-only alias in wxt.config.ts. WXT's class also carries
 * `block`, `abort`, `requestAnimationFrame`, `requestIdleCallback`, `setInterval` and a logger;
 * each CRM script paid for them out of its 25 KB gzip budget (issue #7). Same behaviour for
 * what is kept: invalidated when the extension goes away or a newer copy of the same script
 * starts in the frame (teach.js injected again), listeners removed on invalidation, and
 * `wxt:locationchange` for single-page navigation. test/unit/crm/script-context.test.ts checks
 * that the in-page code calls nothing else.
 */
const eventName = (name: string): string => `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;
const STARTED = eventName('wxt:content-script-started');

interface Started { type?: string; contentScriptName?: string; messageId?: string }

export class ContentScriptContext {
  readonly #controller = new AbortController();
  #watching = false;

  constructor(readonly contentScriptName: string, readonly options?: object) {
    const top = window.self === window.top;
    // A newer copy of this script in the frame announces itself; this one then stops. The top
    // frame hears its own announcement first (ignored).
    let ignore = top;
    const seen = new Set<string | undefined>();
    const onMessage = (e: MessageEvent<Started | null>) => {
      const d = e.data;
      if (d?.type !== STARTED || d.contentScriptName !== contentScriptName || seen.has(d.messageId)) return;
      seen.add(d.messageId);
      if (ignore) ignore = false;
      else this.notifyInvalidated();
    };
    addEventListener('message', onMessage);
    this.onInvalidated(() => removeEventListener('message', onMessage));
    if (top) window.postMessage({ type: STARTED, contentScriptName, messageId: Math.random().toString(36).slice(2) }, '*');
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the extension was reloaded or removed (runtime.id is gone) or a newer script took over. */
  get isInvalid(): boolean {
    if (browser.runtime.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange' && this.isValid) this.#watchLocation();
    target.addEventListener?.(type.startsWith('wxt:') ? eventName(type) : type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.#controller.abort('Content script context invalidated');
  }

  /** WXT's location watcher: single-page apps change the URL without a load; polled once a second. */
  #watchLocation(): void {
    if (this.#watching) return;
    this.#watching = true;
    let oldUrl = new URL(location.href);
    const id = setInterval(() => {
      if (!this.isValid) return;
      const newUrl = new URL(location.href);
      if (newUrl.href === oldUrl.href) return;
      window.dispatchEvent(Object.assign(new Event(eventName('wxt:locationchange')), { newUrl, oldUrl }));
      oldUrl = newUrl;
    }, 1000);
    this.onInvalidated(() => clearInterval(id));
  }
}
