import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgendaEntry } from '../../lib/agenda/entry';
import { mergeAgenda, toAgendaItems } from '../../lib/agenda/merge';
import type { Language } from '../../lib/domain/settings';
import type { AgendaItem, RepView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n';
import { AgendaList } from '../talking-points/agenda-list';
import { agendaAs } from './agenda-format';

export interface AgendaPanelProps {
  view: RepView;
  t: Translate;
  lang: Language;
  onSave: (items: AgendaItem[], notes: string) => Promise<void>;
  /** Resolves false when the clipboard refused. */
  onCopy: (text: string) => Promise<boolean>;
  onPrint: () => void;
  newId?: () => string;
}

/**
 * The one-on-one agenda: this period's talking points, carried-over and own points with tick
 * boxes, private notes, copy (Markdown / text) and print. Every change is saved at once, so an
 * unticked point is known to the next one-on-one with this rep.
 */
export function AgendaPanel({ view, t, lang, onSave, onCopy, onPrint, newId = () => crypto.randomUUID() }: AgendaPanelProps) {
  const period = view.period.label;
  const initial = useMemo(
    () => mergeAgenda(period, view.report.talkingPoints, view.agenda.updatedAt ? view.agenda : null, view.carriedForward),
    [view],
  );
  const [entries, setEntries] = useState<AgendaEntry[]>(initial);
  const [notes, setNotes] = useState(view.agenda.notes);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<string>('');
  const [fallback, setFallback] = useState<string | null>(null);
  const notesTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => { setEntries(initial); setNotes(view.agenda.notes); setFallback(null); setStatus(''); }, [initial]);
  useEffect(() => () => { if (notesTimer.current) clearTimeout(notesTimer.current); }, []);

  const save = (next: AgendaEntry[], nextNotes: string) => {
    onSave(toAgendaItems(next), nextNotes).then(
      () => setStatus(t('popup.agenda.saved')),
      (e: unknown) => setStatus(t('common.error', { message: e instanceof Error ? e.message : String(e) })),
    );
  };
  const update = (next: AgendaEntry[]) => { setEntries(next); save(next, notes); };
  const toggle = (id: string, done: boolean) => update(entries.map((e) => (e.id === id ? { ...e, done } : e)));
  const remove = (id: string) => update(entries.filter((e) => e.id !== id));
  const add = (ev: Event) => {
    ev.preventDefault();
    const text = draft.trim();
    if (!text) return;
    update([...entries, { id: `own:${newId()}`, category: 'own', text: text.slice(0, 2000), done: false, since: period, point: null, own: true }]);
    setDraft('');
  };
  const editNotes = (value: string) => {
    setNotes(value);
    if (notesTimer.current) clearTimeout(notesTimer.current);
    notesTimer.current = setTimeout(() => save(entries, value), 500);
  };
  const copy = async (format: 'md' | 'text') => {
    const text = agendaAs(format, { owner: view.report.owner ?? '', period, entries, notes, t, lang, currency: view.currency });
    const ok = await onCopy(text);
    setFallback(ok ? null : text);
    setStatus(ok ? t(format === 'md' ? 'popup.agenda.copiedMd' : 'popup.agenda.copiedText') : t('popup.agenda.copyFailed'));
  };

  return (
    <div class="pacer-agenda-panel">
      <div class="pacer-toolbar pacer-no-print">
        <button type="button" class="pacer-btn" data-testid="pacer-copy-md" onClick={() => void copy('md')}>{t('popup.agenda.copyMd')}</button>
        <button type="button" class="pacer-btn" data-testid="pacer-copy-text" onClick={() => void copy('text')}>{t('popup.agenda.copyText')}</button>
        <button type="button" class="pacer-btn" onClick={onPrint}>{t('popup.agenda.print')}</button>
      </div>
      <p role="status" class="pacer-status pacer-no-print">{status}</p>
      {fallback !== null && (
        <label class="pacer-field pacer-no-print">
          {t('popup.agenda.copyManually')}
          <textarea readOnly rows={6} value={fallback} data-testid="pacer-copy-fallback" />
        </label>
      )}
      <AgendaList entries={entries} period={period} t={t} lang={lang} currency={view.currency} onToggle={toggle} onRemove={remove} headingLevel={4} />
      <form class="pacer-add-point pacer-no-print" onSubmit={add}>
        <label class="pacer-field">
          {t('popup.agenda.addLabel')}
          <input type="text" maxLength={2000} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="pacer-btn">{t('popup.agenda.add')}</button>
      </form>
      <label class="pacer-field">
        {t('popup.agenda.notes')}
        <span class="pacer-hint">{t('popup.agenda.notesHint')}</span>
        <textarea rows={4} maxLength={20000} value={notes} onInput={(e) => editNotes((e.currentTarget as HTMLTextAreaElement).value)} data-testid="pacer-agenda-notes" />
      </label>
    </div>
  );
}
