import { stageToStatus as statusByRules } from '../../lib/crm/parse/stage';
import { STAGE_DEFAULT_CRMS, stageDefaults } from '../../lib/crm/stage-defaults';
import type { DealStatus } from '../../lib/domain/primitives';
import { settingsSchema, type Language, type Settings, type SettingsPatch } from '../../lib/domain/settings';
import type { StageSeen } from '../../lib/messaging/protocol';
import { parseNumber } from './goal-draft';

/**
 * The settings form's state (numbers as typed) and its validation with the settings schema, so
 * the form can never save what the background would reject; problems come back per field as
 * i18n keys. Sites (disabled CRMs, custom domains) belong to the Sites page and are not touched.
 */
export interface FxRow { key: string; currency: string; rate: string }
export interface StageRow { crm: string; stage: string; deals: number; defaultStatus: DealStatus }
export interface SettingsDraft {
  baseCurrency: string;
  fxRates: FxRow[];
  fiscalYearStartMonth: number;
  fiscalYearNamedBy: 'end' | 'start';
  weekStartsOn: number;
  me: string;
  stalledAfterDays: string;
  csatMin: string;
  csatMax: string;
  language: Language | null;
  /** crm → stage → status as chosen (defaults included; only differences are saved). */
  stageStatus: Record<string, Record<string, DealStatus>>;
  /** Stage label → default probability as typed (one value per label across CRMs, as the engine reads it). */
  stageProbabilities: Record<string, string>;
}
export type SettingsErrors = Record<string, string>;

/** The stage table's rows per CRM: the CRM's defaults, stages seen on stored deals, and stored overrides. */
export function stageRows(s: Settings, seen: readonly StageSeen[]): Map<string, StageRow[]> {
  const crms = [...new Set([...seen.map((x) => x.crm), ...STAGE_DEFAULT_CRMS, ...Object.keys(s.stageStatus)])];
  const out = new Map<string, StageRow[]>();
  for (const crm of crms) {
    const rows = new Map<string, StageRow>();
    const add = (stage: string, deals: number) => {
      const k = stage.toLowerCase();
      const row = rows.get(k);
      if (row) row.deals += deals;
      else rows.set(k, { crm, stage, deals, defaultStatus: defaultStatus(crm, stage) });
    };
    for (const x of seen) if (x.crm === crm) add(x.stage, x.deals);
    for (const d of stageDefaults(crm)) add(d.stage, 0);
    for (const stage of Object.keys(s.stageStatus[crm] ?? {})) add(stage, 0);
    out.set(crm, [...rows.values()]);
  }
  return out;
}
const defaultStatus = (crm: string, stage: string): DealStatus =>
  stageDefaults(crm).find((d) => d.stage.toLowerCase() === stage.toLowerCase())?.status ?? statusByRules(crm, stage);

export function draftOfSettings(s: Settings, seen: readonly StageSeen[], newKey: () => string): SettingsDraft {
  const rows = stageRows(s, seen);
  const stageStatus: SettingsDraft['stageStatus'] = {};
  const probabilities: Record<string, string> = {};
  const stored = new Map(Object.entries(s.stageProbabilities).map(([k, v]) => [k.toLowerCase(), String(v)]));
  for (const [crm, list] of rows) {
    stageStatus[crm] = {};
    for (const r of list) {
      stageStatus[crm][r.stage] = s.stageStatus[crm]?.[r.stage] ?? r.defaultStatus;
      const key = r.stage.toLowerCase();
      if (key in probabilities) continue;
      const def = stageDefaults(crm).find((d) => d.stage.toLowerCase() === key)?.probability ?? null;
      probabilities[key] = stored.get(key) ?? (def === null ? '' : String(def));
    }
  }
  for (const [k, v] of stored) if (!(k in probabilities)) probabilities[k] = v;
  return {
    baseCurrency: s.baseCurrency,
    fxRates: Object.entries(s.fxRates).map(([currency, rate]) => ({ key: newKey(), currency, rate: String(rate) })),
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    fiscalYearNamedBy: s.fiscalYearNamedBy,
    weekStartsOn: s.weekStartsOn,
    me: s.me ?? '',
    stalledAfterDays: String(s.stalledAfterDays),
    csatMin: String(s.csatScale.min),
    csatMax: String(s.csatScale.max),
    language: s.language,
    stageStatus,
    stageProbabilities: probabilities,
  };
}

/** Fields with their own message; any other schema problem gets the generic one. */
const FIELD_ERRORS = new Set(['baseCurrency', 'stalledAfterDays', 'me', 'csatScale']);

const num = (text: string, key: string, errors: SettingsErrors): number => {
  const n = parseNumber(text);
  if (n === null) errors[key] = 'options.settings.err.number';
  return n ?? Number.NaN;
};

/** The patch to save, or the problems: key = field (`fxRates.<row key>.rate`, `stageProbabilities.<stage>`…). */
export function validateSettings(d: SettingsDraft, prev: Settings, now: string): { patch: SettingsPatch | null; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const fxRates: Record<string, number> = {};
  for (const r of d.fxRates) {
    const code = r.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) errors[`fxRates.${r.key}.currency`] = 'options.settings.err.currency';
    else if (code in fxRates || code === d.baseCurrency.trim().toUpperCase()) errors[`fxRates.${r.key}.currency`] = 'options.settings.err.fxDuplicate';
    const rate = num(r.rate, `fxRates.${r.key}.rate`, errors);
    if (!(rate > 0) && !errors[`fxRates.${r.key}.rate`]) errors[`fxRates.${r.key}.rate`] = 'options.settings.err.rate';
    fxRates[code] = rate;
  }
  const stageProbabilities: Record<string, number> = {};
  for (const [stage, text] of Object.entries(d.stageProbabilities)) {
    if (text.trim() === '') continue;
    const p = num(text, `stageProbabilities.${stage}`, errors);
    if (!(p >= 0 && p <= 100) && !errors[`stageProbabilities.${stage}`]) errors[`stageProbabilities.${stage}`] = 'options.settings.err.probability';
    stageProbabilities[stage] = p;
  }
  const stageStatus: Record<string, Record<string, DealStatus>> = {};
  for (const [crm, map] of Object.entries(d.stageStatus)) {
    for (const [stage, status] of Object.entries(map)) {
      if (status === defaultStatus(crm, stage)) continue;
      (stageStatus[crm] ??= {})[stage] = status;
    }
  }
  const csat = { min: num(d.csatMin, 'csatScale', errors), max: num(d.csatMax, 'csatScale', errors) };
  if (!errors.csatScale && !(csat.min < csat.max)) errors.csatScale = 'options.settings.err.csatOrder';
  const fxChanged = JSON.stringify(fxRates) !== JSON.stringify(prev.fxRates);
  const candidate = {
    ...prev,
    baseCurrency: d.baseCurrency.trim().toUpperCase(),
    fxRates,
    fxRatesUpdatedAt: fxChanged ? now : prev.fxRatesUpdatedAt,
    fiscalYearStartMonth: d.fiscalYearStartMonth,
    fiscalYearNamedBy: d.fiscalYearNamedBy,
    weekStartsOn: d.weekStartsOn,
    me: d.me.trim() === '' ? null : d.me.trim(),
    stalledAfterDays: num(d.stalledAfterDays, 'stalledAfterDays', errors),
    csatScale: csat,
    language: d.language,
    stageStatus,
    stageProbabilities,
  };
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head] = issue.path;
      const key = String(head);
      if (key === 'fxRates' || key === 'stageProbabilities' || key === 'stageStatus') continue; // checked per row above
      if (!(key in errors)) errors[key] = FIELD_ERRORS.has(key) ? `options.settings.err.${key}` : 'options.settings.err.invalid';
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { patch: null, errors };
  const { disabledCrms: _d, customDomains: _c, ...patch } = parsed.data;
  return { patch, errors };
}
