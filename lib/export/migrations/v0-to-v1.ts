import type { RawBackup } from './index';

/**
 * Version 0 is a SYNTHETIC pre-release shape (never shipped) that exists to exercise the
 * migration chain; docs/data-formats.md documents it:
 * - settings.currency instead of settings.baseCurrency,
 * - each deal keyed by `key: "crm:sourceId"` instead of separate crm / sourceId,
 * - a goal's target a bare number (always absolute),
 * - no observations, snapshots, mappings or agendas.
 */
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function v0ToV1(doc: RawBackup): RawBackup {
  const { currency, ...settings } = obj(doc.settings);
  return {
    ...doc,
    version: 1,
    settings: currency !== undefined && settings.baseCurrency === undefined ? { ...settings, baseCurrency: currency } : settings,
    deals: arr(doc.deals).map((d) => {
      const { key, ...rest } = obj(d);
      if (typeof key !== 'string' || !key.includes(':')) return d; // left for per-record validation to report
      const at = key.indexOf(':');
      return { crm: key.slice(0, at), sourceId: key.slice(at + 1), ...rest };
    }),
    goals: arr(doc.goals).map((g) => {
      const goal = obj(g);
      return typeof goal.target === 'number' ? { ...goal, target: { kind: 'absolute', value: goal.target } } : g;
    }),
    observations: arr(doc.observations),
    snapshots: arr(doc.snapshots),
  };
}
