import type { ComponentChildren } from 'preact';
import type { Translate } from '../../lib/i18n/index';
import { PAGES, routeHref, type OptionsPage } from './route';
import './options.css';

export interface OptionsShellProps {
  page: OptionsPage;
  t: Translate;
  children: ComponentChildren;
}

/** Header, the page navigation (links with aria-current) and the page's main landmark. */
export function OptionsShell({ page, t, children }: OptionsShellProps) {
  return (
    <div class="pacer-options">
      <header class="pacer-opt-header">
        <p class="pacer-opt-brand">{t('options.title')}</p>
        <nav aria-label={t('options.nav.label')}>
          <ul class="pacer-opt-nav">
            {PAGES.map((p) => (
              <li key={p}>
                <a href={routeHref(p)} aria-current={p === page ? 'page' : undefined} data-testid={`pacer-nav-${p}`}>
                  {t(`options.nav.${p}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="pacer-opt-main" id="pacer-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** A status line for a page's async work (loading, saved, errors); errors are announced assertively. */
export function StatusLine({ message, error }: { message: string | null; error: string | null }) {
  return (
    <>
      <p class="pacer-opt-status" role="status">{message ?? ''}</p>
      {error && <p class="pacer-opt-error" role="alert">{error}</p>}
    </>
  );
}
