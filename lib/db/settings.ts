import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../domain/settings';
import type { PacerDb } from './app-db';
import { clearIngestCache } from './ingest-cache';

export const SETTINGS_KEY = 'settings';

/**
 * Stored settings, completed with defaults. A stored value that no longer validates (an older
 * build, a hand-edited profile) falls back key by key rather than losing every setting.
 */
export function parseStoredSettings(value: unknown): Settings {
  const whole = settingsSchema.safeParse(value ?? {});
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...defaultSettings() };
  const src = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const one = settingsSchema.shape[key].safeParse(src[key]);
    if (one.success) out[key] = one.data;
  }
  return settingsSchema.parse(out);
}

/** Whether settings were ever stored (a fresh profile adopts an imported backup's settings). */
export async function hasStoredSettings(db: PacerDb): Promise<boolean> {
  return (await db.meta.get(SETTINGS_KEY)) !== undefined;
}

export async function getSettings(db: PacerDb): Promise<Settings> {
  return parseStoredSettings((await db.meta.get(SETTINGS_KEY))?.value);
}

export async function putSettings(db: PacerDb, settings: Settings): Promise<void> {
  await db.meta.put({ key: SETTINGS_KEY, value: settingsSchema.parse(settings) });
}

/** Shallow merge of a validated patch (records such as fxRates are replaced whole). */
export async function updateSettings(db: PacerDb, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const next = settingsSchema.parse({ ...(await getSettings(db)), ...patch });
    await putSettings(db, next);
    clearIngestCache(db); // stage → status overrides change what a merge produces
    return next;
  });
}
