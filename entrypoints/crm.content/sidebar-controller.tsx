import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Sidebar } from '../../components/sidebar/sidebar';
import type { SidebarReaderStatus } from '../../components/sidebar/types';
import type { PeriodKindChoice, SidebarView } from '../../lib/domain/views';
import { translatorFor } from '../../lib/i18n/sidebar-strings';
import { sendMessage } from '../../lib/messaging/content';
import type { SidebarStrings } from '../../lib/messaging/protocol';
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

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The sidebar's state: prefs, the reader status, and the background's view, refreshed live. */
export function SidebarController({ source, prefs, savePrefs, exposeToggle, onTeach }: SidebarControllerProps) {
  const [collapsed, setCollapsed] = useState(prefs.collapsed);
  const [periodKind, setPeriodKind] = useState(prefs.periodKind);
  const [status, setStatus] = useState<SidebarReaderStatus | null>(source.get());
  const [view, setView] = useState<SidebarView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [strings, setStrings] = useState<SidebarStrings | null>(null);
  const seq = useRef(0);
  const recordKey = status?.recordKey ?? null;

  const load = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const v = await sendMessage('view.sidebar', { periodKind, recordKey });
      if (mine === seq.current) {
        setView(v);
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current) setError(message(e));
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [periodKind, recordKey]);

  useEffect(() => source.subscribe(() => setStatus(source.get())), [source]);
  // Strings come from the background in the user's language; again when the language setting changes.
  const viewLang = view?.lang;
  useEffect(() => {
    if (strings && (!viewLang || viewLang === strings.lang)) return;
    sendMessage('sidebar.strings', undefined).then(setStrings, (e: unknown) => setError(message(e)));
  }, [viewLang, strings]);
  const t = useMemo(() => (strings ? translatorFor(strings.messages, strings.lang) : null), [strings]);
  // Collapsed: nothing is fetched until opened (no work on pages where the panel stays closed).
  useEffect(() => {
    if (!collapsed) void load();
  }, [load, collapsed, status?.rows.length]);
  // Live: the background bumps `dataVersion` after every committed write (lib/messaging/data-version.ts).
  useEffect(() => (collapsed ? undefined : watchLocal('dataVersion', () => void load())), [load, collapsed]);

  const toggle = useCallback((next: boolean) => {
    setCollapsed(next);
    savePrefs({ collapsed: next, periodKind });
  }, [periodKind, savePrefs]);
  // Braces matter: exposeToggle returns the function it is given, and an arrow body returning it
  // made it this effect's cleanup — every period change then toggled the panel shut.
  useEffect(() => {
    exposeToggle(() => setCollapsed((c) => {
      savePrefs({ collapsed: !c, periodKind });
      return !c;
    }));
  }, [exposeToggle, periodKind, savePrefs]);

  // Nothing to show until the strings arrive (one small message, right after mount).
  if (!t || !strings) return null;
  const lang = strings.lang;
  return (
    <Sidebar
      view={view}
      loading={loading}
      error={error}
      status={status}
      collapsed={collapsed}
      periodKind={periodKind}
      t={t}
      lang={lang}
      onToggle={toggle}
      onPeriodChange={(k) => {
        setPeriodKind(k);
        savePrefs({ collapsed, periodKind: k });
      }}
      onSaveMe={(me) => {
        sendMessage('settings.update', { me }).then(() => load(), (e: unknown) => setError(message(e)));
      }}
      onTeach={onTeach}
      onRetry={() => void load()}
    />
  );
}
