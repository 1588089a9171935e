import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Highlight, TeachPanel, TEACH_STEPS, type Box, type TeachField, type TeachState, type Translate } from '../../components/teach';
import { deriveSelectors, pathPatternFor, type Picks } from '../../lib/crm/generic/derive-selectors';
import { readTaught } from '../../lib/crm/generic/taught';
import { cleanText } from '../../lib/crm/parse';
import { recordOwnerFor } from '../../lib/crm/record-owner';
import type { Language } from '../../lib/domain/settings';
import type { Mapping } from '../../lib/domain/mapping';
import { sendMessage } from '../../lib/messaging/content';
import { startPicker } from './teach-picker';

export interface TeachAppProps {
  t: Translate;
  lang: Language;
  /** Pacer's own UI hosts: clicks inside them are not picks. */
  ownHosts: readonly Element[];
  /** After saving: re-read the page with the new mapping. */
  onSaved: () => Promise<void>;
  onClose: () => void;
}

const localToday = () => new Date().toLocaleDateString('en-CA');
const box = (el: Element | null): Box | null => {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width, height: r.height };
};

/** Picks → selectors → the deals the mapping would read on this page right now. */
function preview(picks: Picks) {
  const derived = deriveSelectors(document, picks);
  if (!derived.ok) return { mapping: null, preview: { deals: [], problem: derived.reason === 'no-name' ? null : 'teach.noRow' } };
  const url = new URL(location.href);
  const deals = readTaught(document, url, derived.mapping, { today: localToday() }).deals;
  // On a built-in CRM's page: say whether the deals merge with its own or stay generic copies.
  const owner = recordOwnerFor(url);
  const unowned = owner ? deals.filter((d) => d.crm !== owner.crm).length : 0;
  return { mapping: derived.mapping, preview: { deals, problem: null, owner: owner ? { label: owner.label, unowned } : null } };
}

/** Teach mode's state and wiring: the picker feeds the panel; Save sends `mappings.save`. */
export function TeachApp({ t, lang, ownHosts, onSaved, onClose }: TeachAppProps) {
  const picks = useRef<Picks>({});
  const mapping = useRef<ReturnType<typeof preview>['mapping']>(null);
  const [hover, setHover] = useState<Element | null>(null);
  /** Text of the keyboard highlight, announced by the panel (null until a key moves it). */
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [state, setState] = useState<TeachState>({
    step: 'name', picked: {}, preview: null, label: cleanText(document.title, 200) || location.hostname, saving: false, savedCount: null, error: null,
  });
  const picking = state.step !== 'review' && state.savedCount === null;

  const refresh = (next: Partial<TeachState>) => {
    const r = preview(picks.current);
    mapping.current = r.mapping;
    setState((s) => ({ ...s, ...next, preview: r.preview }));
  };
  const nextStep = (field: TeachField) => TEACH_STEPS[TEACH_STEPS.indexOf(field) + 1] ?? 'review';

  useEffect(() => {
    if (!picking) return undefined;
    return startPicker({
      isOwn: (path) => path.some((n) => ownHosts.includes(n as Element)),
      onHover: setHover,
      onPick: (el) => setState((s) => {
        if (s.step === 'review') return s;
        const field = s.step;
        picks.current = { ...picks.current, [field]: el };
        queueMicrotask(() => refresh({}));
        return { ...s, step: nextStep(field), picked: { ...s.picked, [field]: cleanText(el, 80) } };
      }),
      onCancel: onClose,
      onKeyboardHighlight: (el) => setHighlighted(cleanText(el, 120)),
    });
  }, [picking]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    if (picking) return undefined;
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [picking]);

  const handlers = useMemo(() => ({
    onSkip: () => setState((s) => (s.step === 'review' || s.step === 'name' ? s : { ...s, step: nextStep(s.step), picked: { ...s.picked, [s.step]: null } })),
    onBack: () => {
      const at = state.step === 'review' ? TEACH_STEPS.length : TEACH_STEPS.indexOf(state.step);
      const prev = TEACH_STEPS[Math.max(0, at - 1)] ?? 'name';
      const { [prev]: _gone, ...rest } = picks.current;
      picks.current = rest;
      const { [prev]: _text, ...picked } = state.picked;
      refresh({ step: prev, picked });
    },
    onRestart: () => { picks.current = {}; mapping.current = null; setState((s) => ({ ...s, step: 'name', picked: {}, preview: null, error: null })); },
    onLabel: (label: string) => setState((s) => ({ ...s, label })),
    onCancel: onClose,
    onSave: async () => {
      const m = mapping.current;
      if (!m) return;
      setState((s) => ({ ...s, saving: true, error: null }));
      const url = new URL(location.href);
      const host = url.hostname.toLowerCase();
      const pathPattern = pathPatternFor(url);
      const now = new Date().toISOString();
      const saved: Mapping = {
        id: `taught:${host}${pathPattern}`.slice(0, 200), host, pathPattern, label: state.label.trim().slice(0, 200),
        row: m.row, fields: m.fields, idFrom: m.idFrom, createdAt: now, updatedAt: now,
        ...(Object.keys(m.columns).length > 0 ? { columns: m.columns } : {}),
      };
      try {
        await sendMessage('mappings.save', saved);
        await onSaved();
        setState((s) => ({ ...s, saving: false, savedCount: s.preview?.deals.length ?? 0 }));
      } catch (e) {
        setState((s) => ({ ...s, saving: false, error: e instanceof Error ? e.message : String(e) }));
      }
    },
  }), [state.step, state.picked, state.label]);

  const hoverLabel = state.step === 'review' ? undefined : t(`teach.col.${state.step}`);
  return (
    <>
      {picking && <Highlight box={box(hover)} {...(hoverLabel ? { label: hoverLabel } : {})} />}
      <TeachPanel t={t} lang={lang} state={state} {...handlers} onSave={() => void handlers.onSave()} highlighted={highlighted} />
    </>
  );
}
