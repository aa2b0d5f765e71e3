/**
 * Settings, one row per key (key → JSON). Stored values are checked again on every load:
 * a value written by an older version, or edited by hand, that no longer fits falls back
 * to its default with a warning instead of breaking the app.
 */
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../shared/settings';
import type { Logger } from '../core/logger';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';

type Key = keyof Settings;
const keys = Object.keys(DEFAULT_SETTINGS) as Key[];
/** Only the settings' own rows: the table also keeps app state (the last stock audit, the automatic pause), which can be large. */
const SELECT_SETTINGS = `SELECT key, value_json FROM settings WHERE key IN (${keys.map((k) => `'${k}'`).join(', ')})`;

export function loadSettings(db: ReadableDB, log: Logger): Settings {
  const rows = prepared(db, SELECT_SETTINGS).all() as { key: string; value_json: string }[];
  const stored = new Map(rows.map((r) => [r.key, r.value_json]));
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of keys) {
    const json = stored.get(key);
    if (json === undefined) continue;
    const checked = Settings.shape[key].safeParse(parseOrUndefined(json));
    if (checked.success) settings[key] = checked.data;
    else log.warn(`setting ${key} holds a value this version cannot use; using the default`, { stored: json });
  }
  return settings as Settings;
}

export function saveSettings(db: WritableDB, patch: SettingsPatch): void {
  const upsert = prepared(db, 'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
  })();
}

function parseOrUndefined(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
