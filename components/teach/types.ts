import type { ExtractedDeal } from '../../lib/domain/deal';
import type { Language } from '../../lib/domain/settings';

/** The fields teach mode asks for, in order; only the name cannot be skipped. */
export const TEACH_STEPS = ['name', 'amount', 'stage', 'closeDate', 'owner', 'account'] as const;
export type TeachField = (typeof TEACH_STEPS)[number];
export type TeachStep = TeachField | 'review';

export type Translate = (key: string, params?: Record<string, string | number | null | undefined>) => string;

export interface TeachPreview {
  deals: ExtractedDeal[];
  /** A problem deriving selectors (key of the teach area), or null. */
  problem: string | null;
  /**
   * On a built-in CRM's page: its name, and how many previewed deals show no record id of it
   * (those are stored as generic deals, apart from what its reader stores).
   */
  owner?: { label: string; unowned: number } | null;
}

export interface TeachState {
  step: TeachStep;
  /** Text of what was picked per field; null = skipped. */
  picked: Partial<Record<TeachField, string | null>>;
  preview: TeachPreview | null;
  label: string;
  saving: boolean;
  /** Deals read after saving, or null before. */
  savedCount: number | null;
  error: string | null;
}

export interface TeachPanelProps {
  t: Translate;
  lang: Language;
  state: TeachState;
  onSkip: () => void;
  onBack: () => void;
  onRestart: () => void;
  onLabel: (label: string) => void;
  onSave: () => void;
  onCancel: () => void;
  /**
   * Text of the element the keyboard highlight is on (announced in an aria-live region);
   * '' for an element without text, null before any keyboard move.
   */
  highlighted?: string | null;
}
