import { Component, createRef, type TargetedKeyboardEvent } from 'preact';
import type { Language } from '../../lib/domain/settings';
import type { PeriodKindChoice, SidebarView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n/index';
import { SidebarBody } from './sidebar-body';
import { SidebarHeader } from './sidebar-header';
import { MePicker } from './me-picker';
import { ReaderStatus } from './reader-status';
import type { SidebarReaderStatus } from './types';
import '../ui/theme.css';
import './sidebar.css';

export interface SidebarProps {
  view: SidebarView | null;
  loading: boolean;
  error: string | null;
  status: SidebarReaderStatus | null;
  collapsed: boolean;
  periodKind: PeriodKindChoice;
  t: Translate;
  lang: Language;
  onToggle: (collapsed: boolean) => void;
  onPeriodChange: (kind: PeriodKindChoice) => void;
  /** Saves `settings.me` (null = show the team). */
  onSaveMe: (me: string | null) => void;
  /** Opens teach mode ("Something's wrong?"). */
  onTeach: () => void;
  onRetry: () => void;
}

/**
 * The in-page sidebar: a tab on the right edge that opens a panel with the rep's figures, goal
 * pace, talking points, the record in context and what was read from this page. A class
 * component (no hooks): the CRM content scripts then carry no hooks runtime (their 25 KB budget).
 */
export class Sidebar extends Component<SidebarProps, { picking: boolean }> {
  #toggleRef = createRef<HTMLButtonElement>();
  override state = { picking: false };

  #onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.props.onToggle(true);
    this.#toggleRef.current?.focus();
  };

  #saveMe = (me: string | null) => {
    this.setState({ picking: false });
    this.props.onSaveMe(me);
  };

  override render() {
    const props = this.props;
    const { view, status, collapsed, t, lang, onToggle } = props;
    const { picking } = this.state;
    const showPicker = view !== null && (picking || view.me === null);

    return (
      <div class={`pacer-root pacer-sb${collapsed ? ' pacer-sb--collapsed' : ''}`}>
        <button
          ref={this.#toggleRef}
          type="button"
          class="pacer-sb__toggle"
          data-testid="pacer-sidebar-toggle"
          aria-expanded={!collapsed}
          aria-controls="pacer-sb-panel"
          aria-label={collapsed ? t('sidebar.expand') : t('sidebar.collapse')}
          title={collapsed ? t('sidebar.expand') : t('sidebar.collapse')}
          onClick={() => onToggle(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '‹ P' : '›'}</span>
        </button>
        <aside id="pacer-sb-panel" class="pacer-sb__panel" aria-label={t('sidebar.label')} hidden={collapsed} onKeyDown={this.#onKeyDown}>
          <SidebarHeader
            view={view}
            periodKind={props.periodKind}
            t={t}
            onPeriodChange={props.onPeriodChange}
            onChangeMe={view && view.me !== null && !picking ? () => this.setState({ picking: true }) : null}
          />
          {showPicker && view && (
            <MePicker owners={view.owners} signedInAs={status?.signedInAs ?? null} current={view.me} t={t} onSave={this.#saveMe} />
          )}
          <SidebarBody view={view} loading={props.loading} error={props.error} t={t} onRetry={props.onRetry} />
          <ReaderStatus status={status} t={t} lang={lang} onTeach={props.onTeach} />
        </aside>
      </div>
    );
  }
}
