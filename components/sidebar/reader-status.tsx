import { Component } from 'preact';
import type { Language } from '../../lib/domain/settings';
import { formatMoney } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/index';
import { Button } from '../ui/button';
import type { SidebarReaderStatus } from './types';

export interface ReaderStatusProps {
  status: SidebarReaderStatus | null;
  t: Translate;
  lang: Language;
  onTeach: () => void;
}

function statusLine(status: SidebarReaderStatus | null, t: Translate): string {
  if (!status || status.state === 'idle' || status.state === 'unsupported') return t('sidebar.status.none');
  if (status.state === 'reading') return t('sidebar.status.reading');
  if (status.state === 'error') {
    // Errors the user can act on (storage full) arrive as i18n keys: show their sentence.
    const error = status.error ?? '';
    return /^storage\.error\.[\w.]+$/.test(error) ? t(error) : t('sidebar.status.error', { message: error });
  }
  const count = status.count;
  if (count === 0) return t('sidebar.status.none');
  const line = t(`sidebar.status.${status.pageKind}`, { count });
  return status.reader ? `${line} ${t('sidebar.status.reader', { reader: status.reader })}` : line;
}

interface RowsDetailsProps { status: SidebarReaderStatus | null; t: Translate; lang: Language }

/**
 * The rows read (up to 500, amounts formatted), on demand: built only while the details are
 * open, so a read of a long list renders no rows into the page until the user asks (issue #7:
 * no long task while reading and mounting).
 */
class RowsDetails extends Component<RowsDetailsProps, { open: boolean }> {
  override state = { open: false };

  override render() {
    const { status, t, lang } = this.props;
    const rows = status?.rows ?? [];
    const warnings = status?.warnings ?? [];
    return (
      <details class="pacer-sb__rows" onToggle={(e) => this.setState({ open: e.currentTarget.open })}>
        <summary>{t('sidebar.rows')}</summary>
        {rows.length === 0 ? (
          <p>{t('sidebar.rows.none')}</p>
        ) : this.state.open && (
          // Scrolls when long: focusable so keyboard users can scroll it (axe scrollable-region-focusable).
          <ol class="pacer-sb__rows-list" data-testid="pacer-rows-read" tabIndex={0} aria-label={t('sidebar.rows')}>
            {rows.map((r) => (
              <li key={r.key}>
                <span class="pacer-sb__row-name">{r.name}</span>
                {r.amount != null && r.currency && (
                  <span class="pacer-sb__row-meta"> · {formatMoney(r.amount, r.currency, lang)}</span>
                )}
                {r.stage && <span class="pacer-sb__row-meta"> · {r.stage}</span>}
              </li>
            ))}
          </ol>
        )}
        {warnings.length > 0 && (
          <div class="pacer-sb__warnings">
            <p>{t('sidebar.rows.warnings')}</p>
            <ul>{warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
          </div>
        )}
      </details>
    );
  }
}

/**
 * Which reader read this page and how many deals, the rows themselves on demand, and the way
 * into teach mode when the numbers look wrong.
 */
export function ReaderStatus({ status, t, lang, onTeach }: ReaderStatusProps) {
  return (
    <section class="pacer-sb__status" aria-label={t('sidebar.rows')}>
      <p class="pacer-sb__status-line" data-testid="pacer-deals-read" role="status">
        {statusLine(status, t)}
      </p>
      <RowsDetails status={status} t={t} lang={lang} />
      <Button variant="link" onClick={onTeach} title={t('sidebar.wrongHint')} data-testid="pacer-teach">
        {t('sidebar.wrong')}
      </Button>
    </section>
  );
}
