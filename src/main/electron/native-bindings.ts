/**
 * better-sqlite3 and keytar are native modules, and Electron's ABI differs from Node's.
 * Rather than rebuilding node_modules back and forth, Node keeps node_modules' own builds
 * (tests, CLI, browser mode) and Electron loads second copies built for it by
 * scripts/build-electron-natives.mjs (packaged as the extra resource native/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

export const SQLITE_BINDING_FILE = 'better_sqlite3.node';

export const MISSING_SQLITE_BINDING_HELP =
  'Stockpilot needs the SQLite module built for Electron. In the Stockpilot folder run ' +
  '`npm run build:natives` (it needs the Electron headers and a C++ toolchain), then start again.';

function electronBinding(file: string): string | undefined {
  const path = app.isPackaged ? join(process.resourcesPath, 'native', file) : join(app.getAppPath(), 'native', 'electron', file);
  return existsSync(path) ? path : undefined;
}

/** The Electron build of better-sqlite3, or undefined when it has not been built. */
export const electronSqliteBinding = () => electronBinding(SQLITE_BINDING_FILE);

/** The Electron build of keytar; without it the core says no keychain is available and stores nothing. */
export const electronKeytarBinding = () => electronBinding('keytar.node');
