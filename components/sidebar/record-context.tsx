import type { RecordDisplay } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n/index';

export interface RecordContextProps {
  record: RecordDisplay;
  t: Translate;
}

/** On a record page: the deal in context (days to close or overdue, stage age, size vs my average), formatted by the background. */
export function RecordContextCard({ record, t }: RecordContextProps) {
  return (
    <section class="pacer-sb__section pacer-sb__record" aria-labelledby="pacer-sb-record-h">
      <h3 id="pacer-sb-record-h" class="pacer-sb__h">{t('sidebar.record')}</h3>
      <p class="pacer-sb__record-name" data-testid="pacer-record-name">{record.name}</p>
      <ul class="pacer-sb__facts">
        {record.facts.map((f, i) => <li key={i} class={f.bad ? 'pacer-sb__fact--bad' : undefined}>{f.text}</li>)}
      </ul>
    </section>
  );
}
