import { z } from 'zod';
import { currencyCode, dealStatus, isoTimestamp } from './primitives';

export const LANGUAGES = ['en', 'zh-TW', 'zh-CN', 'ja'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/**
 * User settings (kpi-definitions.md "Settings" plus Pacer's own). Every key has a default so an
 * older backup or a fresh install parses to a complete object.
 */
export const settingsSchema = z.object({
  baseCurrency: currencyCode.default('USD'),
  /** Units of base currency per 1 unit of each other currency; entered by the user, never fetched. */
  fxRates: z.record(currencyCode, z.number().positive().finite()).default({}),
  fxRatesUpdatedAt: isoTimestamp.nullable().default(null),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  fiscalYearNamedBy: z.enum(['end', 'start']).default('end'),
  weekStartsOn: z.number().int().min(0).max(6).default(1),
  stalledAfterDays: z.number().int().min(1).max(365).default(21),
  /** Default probability (0–100) per stage label, for deals shown without one. */
  stageProbabilities: z.record(z.string().max(500), z.number().min(0).max(100)).default({}),
  /** Per CRM: stage label → status, overriding the adapter's default mapping. */
  stageStatus: z.record(z.string().max(40), z.record(z.string().max(500), dealStatus)).default({}),
  me: z.string().max(500).nullable().default(null),
  csatScale: z.object({ min: z.number(), max: z.number() }).default({ min: 1, max: 5 }),
  /** null = follow the browser's language. */
  language: languageSchema.nullable().default(null),
  /** Built-in adapters the user switched off (adapter ids). */
  disabledCrms: z.array(z.string().max(40)).default([]),
  /** Hosts the user added (custom domains), e.g. `crm.example.com`. */
  customDomains: z.array(z.string().max(253)).default([]),
  /** Custom domain → the built-in CRM it runs (its own adapter and script); absent: the generic readers. */
  customDomainCrms: z.record(z.string().max(253), z.string().max(40)).default({}),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});

/** A partial update as sent by the options page. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
