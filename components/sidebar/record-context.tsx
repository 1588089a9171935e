import type { Language } from '../../lib/domain/settings';
import type { RecordContext } from '../../lib/domain/views';
import { formatDate, formatMoney, formatNumber } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/index';

export interface RecordContextProps {
  record: RecordContext;
  currency: string;
  t: Translate;
  lang: Language;
}

function closeText(days: number | null, t: Translate): string {
  if (days === null) return t('sidebar.record.noCloseDate');
  if (days === 0) return t('sidebar.record.closesToday');
  return days > 0 ? t('sidebar.record.closesIn', { count: days }) : t('sidebar.record.overdue', { count: -days });
}

/** On a record page: the deal in context (days to close or overdue, stage age, size vs my average). */
export function RecordContextCard({ record, currency, t, lang }: RecordContextProps) {
  const { deal } = record;
  const amount = deal.amountBase !== null ? formatMoney(deal.amountBase, currency, lang) : deal.amount !== null && deal.currency ? formatMoney(deal.amount, deal.currency, lang) : null;
  const overdue = record.status === 'open' && record.daysToClose !== null && record.daysToClose < 0;
  return (
    <section class="pacer-sb__section pacer-sb__record" aria-labelledby="pacer-sb-record-h">
      <h3 id="pacer-sb-record-h" class="pacer-sb__h">{t('sidebar.record')}</h3>
      <p class="pacer-sb__record-name" data-testid="pacer-record-name">{deal.name}</p>
      <ul class="pacer-sb__facts">
        <li>
          {t(`sidebar.record.status.${record.status}`)}
          {amount && ` · ${amount}`}
          {deal.stage && ` · ${deal.stage}`}
        </li>
        {record.status === 'open' && (
          <li class={overdue ? 'pacer-sb__fact--bad' : undefined}>
            {closeText(record.daysToClose, t)}
            {deal.closeDate && ` (${formatDate(deal.closeDate, lang)})`}
          </li>
        )}
        <li>
          {record.stageAgeDays === null ? t('sidebar.record.stageAgeUnknown') : t('sidebar.record.stageAge', { count: record.stageAgeDays })}
        </li>
        <li>
          {record.sizeVsAverage === null
            ? t('sidebar.record.sizeUnknown')
            : t('sidebar.record.sizeVsAvg', { ratio: formatNumber(record.sizeVsAverage, lang, 1) })}
        </li>
      </ul>
    </section>
  );
}
