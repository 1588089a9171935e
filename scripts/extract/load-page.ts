import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  /** `<meta name="fixture-url">` of the page, when present. */
  fixtureUrl: string | null;
  close: () => Promise<void>;
}

/**
 * Turns `<template shadowrootmode>` / `<template data-shadowroot>` left in the DOM into open
 * shadow roots (declarative shadow DOM, and saved pages whose hydrating script did not run).
 */
export function hydrateTemplates(root: ParentNode): void {
  const templates = Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode], template[shadowroot], template[data-shadowroot]'));
  for (const tpl of templates) {
    const host = tpl.parentElement;
    const mode = (tpl.getAttribute('shadowrootmode') ?? tpl.getAttribute('shadowroot') ?? tpl.getAttribute('data-shadowroot')) === 'closed' ? 'closed' : 'open';
    if (!host || host.shadowRoot || mode === 'closed') continue;
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode });
    } catch {
      continue; // elements that cannot host a shadow root keep their template
    }
    shadow.appendChild(tpl.content.cloneNode(true));
    tpl.remove();
    hydrateTemplates(shadow);
  }
}

/**
 * Loads saved HTML into happy-dom at `url`. Inline scripts run (saved Lightning pages build their
 * shadow roots with one) unless `runScripts` is false; external scripts, styles, frames, network
 * and navigation stay off, so a page can't reach anything. Templates left over are hydrated.
 */
export async function loadPage(html: string, url: string, o: { runScripts?: boolean; timeoutMs?: number } = {}): Promise<LoadedPage> {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: o.runScripts ?? true,
      suppressCodeGenerationFromStringsWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  // No network from page scripts.
  (window as unknown as { fetch: unknown }).fetch = () => Promise.reject(new Error('network disabled in extract'));
  window.document.write(html);
  await Promise.race([
    window.happyDOM.waitUntilComplete(),
    new Promise((resolve) => setTimeout(resolve, o.timeoutMs ?? 5000)),
  ]);
  const document = window.document as unknown as Document;
  hydrateTemplates(document);
  const fixtureUrl = document.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? null;
  return { document, fixtureUrl, close: () => window.happyDOM.close() };
}

/** The fixture URL without running anything (used to choose the page URL before loading). */
export function fixtureUrlOf(html: string): string | null {
  const m = /<meta\s+name=["']fixture-url["']\s+content=["']([^"']+)["']/i.exec(html);
  return m?.[1] ? m[1].replace(/&amp;/g, '&') : null;
}
