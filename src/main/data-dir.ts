/**
 * Where Stockpilot keeps its data. One rule for all three shells so the desktop app, browser
 * mode and the CLI open the same catalog: `--data-dir` beats `STOCKPILOT_DATA_DIR` beats the
 * per-OS app data folder.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER_NAME = 'Stockpilot';

export interface DataDirSources {
  /** The value of a `--data-dir` flag, if one was given. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /**
   * The per-user app data base folder when the shell knows it better (Electron passes
   * `app.getPath('appData')`); `Stockpilot` is appended, as for the built-in defaults.
   */
  appDataBase?: string;
}

/** The per-user base folder for app data, following each OS's convention. */
export function appDataBaseFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

export function resolveDataDir(sources: DataDirSources = {}): string {
  const env = sources.env ?? process.env;
  const chosen = sources.flag?.trim() || env.STOCKPILOT_DATA_DIR?.trim();
  if (chosen) return resolve(chosen);
  const base = sources.appDataBase ?? appDataBaseFolder(sources.platform ?? process.platform, env, sources.home ?? homedir());
  return join(base, APP_FOLDER_NAME);
}

/** Finds `--data-dir DIR` or `--data-dir=DIR` in a raw argv (Electron's argv carries other flags too). */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') return argv[i + 1];
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}
