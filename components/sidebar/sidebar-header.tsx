import type { PeriodKindChoice, SidebarView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n/index';
import { Button } from '../ui/button';
import { SegmentedControl } from '../ui/segmented-control';

export interface SidebarHeaderProps {
  view: SidebarView | null;
  periodKind: PeriodKindChoice;
  t: Translate;
  onPeriodChange: (kind: PeriodKindChoice) => void;
  /** Offered when a "me" is set and the picker is closed. */
  onChangeMe: (() => void) | null;
}

/** Title, period switcher (month / quarter / fiscal year), the period's dates and whose figures these are. */
export function SidebarHeader({ view, periodKind, t, onPeriodChange, onChangeMe }: SidebarHeaderProps) {
  const kinds: PeriodKindChoice[] = ['month', 'quarter', 'year'];
  return (
    <header class="pacer-sb__header">
      <h2 class="pacer-sb__title">{t('sidebar.title')}</h2>
      <SegmentedControl
        label={t('sidebar.period')}
        options={kinds.map((k) => ({ value: k, label: t(`period.${k}`) }))}
        value={periodKind}
        onChange={onPeriodChange}
      />
      {view && (
        <p class="pacer-sb__period" data-testid="pacer-period">
          {view.display.periodRange}
        </p>
      )}
      {view && (
        <p class="pacer-sb__scope">
          <span data-testid="pacer-scope">
            {view.report.scope === 'rep' && view.report.owner ? t('sidebar.scope.me', { name: view.report.owner }) : t('sidebar.scope.team')}
          </span>
          {onChangeMe && (
            <Button variant="link" onClick={onChangeMe}>{t('sidebar.scope.change')}</Button>
          )}
        </p>
      )}
    </header>
  );
}
