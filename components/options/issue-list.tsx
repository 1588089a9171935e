import type { Translate } from '../../lib/i18n/index';
import type { ImportIssue } from '../../lib/messaging/protocol';

/**
 * Per-record problems of an import. CSV issues are `line:column` with an i18n key; backup issues
 * carry the record's path and the validator's own words (shown as text, never as markup).
 */
export function IssueList({ issues, t, kind }: { issues: readonly ImportIssue[]; t: Translate; kind: 'csv' | 'backup' }) {
  if (issues.length === 0) return null;
  const shown = issues.slice(0, 200);
  return (
    <div class="pacer-opt-issues">
      <p>{t('options.issues.heading', { count: issues.length })}</p>
      <ul data-testid="pacer-issues">
        {shown.map((i, n) => {
          if (kind === 'csv') {
            const [line, column] = i.path.split(':');
            return <li key={n}>{t('options.issues.csvLine', { line, column, reason: t(i.reason) })}</li>;
          }
          return <li key={n}><code>{i.path}</code>{' '}{i.reason}</li>;
        })}
      </ul>
      {issues.length > shown.length && <p class="pacer-opt-hint">{t('options.issues.more', { count: issues.length - shown.length })}</p>}
    </div>
  );
}
