import { Component } from 'preact';
import { Sidebar } from '../../components/sidebar/sidebar';
import type { SidebarReaderStatus } from '../../components/sidebar/types';
import type { PeriodKindChoice, SidebarView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n/index';
import { translatorFor } from '../../lib/i18n/sidebar-strings';
import { sendMessage } from '../../lib/messaging/content';
import type { SidebarStrings } from '../../lib/messaging/protocol';
import { createLiveRefresh } from './live-refresh';
import { watchLocal } from './local-store';
import type { SidebarStatusSource } from './sidebar-status';

export interface SidebarPrefs {
  collapsed: boolean;
  periodKind: PeriodKindChoice;
}

export interface SidebarControllerProps {
  source: SidebarStatusSource;
  prefs: SidebarPrefs;
  savePrefs: (p: SidebarPrefs) => void;
  /** Called with a function that toggles the panel (for the command and the keyboard shortcut). */
  exposeToggle: (toggle: () => void) => void;
  onTeach: () => void;
}

interface State extends SidebarPrefs {
  status: SidebarReaderStatus | null;
  view: SidebarView | null;
  loading: boolean;
  error: string | null;
  strings: SidebarStrings | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
/** What the view depends on: a change of any of these reads it again (when the panel is open). */
const viewKey = (s: State): string => `${s.collapsed}|${s.periodKind}|${s.status?.recordKey ?? ''}|${s.status?.rows.length}`;

/**
 * The sidebar's state: prefs, the reader status, and the background's view, refreshed live.
 * A class component, as are the sidebar components it renders: the in-page UI uses no hooks, so
 * the CRM content scripts do not carry Preact's hooks runtime (~1 KB gzip of the 25 KB budget).
 */
export class SidebarController extends Component<SidebarControllerProps, State> {
  #seq = 0;
  /** The view language the strings were last asked for (null: not asked, or answered since). */
  #stringsAsked: string | null = null;
  #translator: [SidebarStrings, Translate] | null = null;
  #unsubscribe: (() => void) | null = null;
  #unwatch: (() => void) | null = null;

  constructor(props: SidebarControllerProps) {
    super(props);
    this.state = { ...props.prefs, status: props.source.get(), view: null, loading: false, error: null, strings: null };
  }

  override componentDidMount(): void {
    const { source, exposeToggle, savePrefs } = this.props;
    this.#unsubscribe = source.subscribe(() => this.setState({ status: source.get() }));
    exposeToggle(() => this.setState((s) => {
      savePrefs({ collapsed: !s.collapsed, periodKind: s.periodKind });
      return { collapsed: !s.collapsed };
    }));
    this.#askStrings();
    // Collapsed: nothing is fetched until opened (no work on pages where the panel stays closed).
    if (!this.state.collapsed) void this.#load();
    this.#watch();
  }

  override componentDidUpdate(_: SidebarControllerProps, prev: State): void {
    this.#askStrings();
    if (!this.state.collapsed && viewKey(prev) !== viewKey(this.state)) void this.#load();
    if (prev.collapsed !== this.state.collapsed) this.#watch();
  }

  override componentWillUnmount(): void {
    this.#unsubscribe?.();
    this.#unwatch?.();
  }

  /** Strings come from the background in the user's language; again when the language setting changes. */
  #askStrings(): void {
    const { strings, view } = this.state;
    const want = view?.lang ?? '';
    if ((strings && (!want || want === strings.lang)) || this.#stringsAsked === want) return;
    this.#stringsAsked = want;
    sendMessage('sidebar.strings', undefined).then(
      (s) => {
        this.#stringsAsked = null;
        this.setState({ strings: s });
      },
      (e: unknown) => this.setState({ error: message(e) }),
    );
  }

  /**
   * Live: the background bumps `dataVersion` after every committed write (lib/messaging/data-version.ts);
   * loads are coalesced and spaced (./live-refresh.ts), so a 50-message first read is not 50 views.
   */
  #watch(): void {
    this.#unwatch?.();
    this.#unwatch = null;
    if (this.state.collapsed) return;
    const live = createLiveRefresh(this.#load, { now: () => performance.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as number) });
    const off = watchLocal('dataVersion', () => live.request());
    this.#unwatch = () => { off(); live.cancel(); };
  }

  #load = async (): Promise<void> => {
    const mine = ++this.#seq;
    const { periodKind, status } = this.state;
    this.setState({ loading: true });
    try {
      const view = await sendMessage('view.sidebar', { periodKind, recordKey: status?.recordKey ?? null });
      if (mine === this.#seq) this.setState({ view, error: null });
    } catch (e) {
      if (mine === this.#seq) this.setState({ error: message(e) });
    } finally {
      if (mine === this.#seq) this.setState({ loading: false });
    }
  };

  #save(patch: Partial<SidebarPrefs>): void {
    const { collapsed, periodKind } = this.state;
    this.setState(patch);
    this.props.savePrefs({ collapsed, periodKind, ...patch });
  }

  override render() {
    const { strings, view, loading, error, status, collapsed, periodKind } = this.state;
    // Nothing to show until the strings arrive (one small message, right after mount).
    if (!strings) return null;
    if (this.#translator?.[0] !== strings) this.#translator = [strings, translatorFor(strings.messages, strings.lang)];
    return (
      <Sidebar
        view={view}
        loading={loading}
        error={error}
        status={status}
        collapsed={collapsed}
        periodKind={periodKind}
        t={this.#translator[1]}
        lang={strings.lang}
        onToggle={(next) => this.#save({ collapsed: next })}
        onPeriodChange={(k) => this.#save({ periodKind: k })}
        onSaveMe={(me) => {
          sendMessage('settings.update', { me }).then(() => this.#load(), (e: unknown) => this.setState({ error: message(e) }));
        }}
        onTeach={this.props.onTeach}
        onRetry={() => void this.#load()}
      />
    );
  }
}
