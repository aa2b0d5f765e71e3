/**
 * better-sqlite3 is a native module, and Electron's ABI differs from Node's. Rather than
 * rebuilding node_modules back and forth, Node keeps node_modules' own build (tests, CLI,
 * browser mode) and Electron loads a second copy built for it by
 * scripts/build-electron-natives.mjs (packaged as the extra resource native/). keytar will
 * follow the same pattern when the secrets store arrives.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

export const SQLITE_BINDING_FILE = 'better_sqlite3.node';

export const MISSING_SQLITE_BINDING_HELP =
  'Stockpilot needs the SQLite module built for Electron. In the Stockpilot folder run ' +
  '`npm run build:natives` (it needs the Electron headers and a C++ toolchain), then start again.';

/** The Electron build of better-sqlite3, or undefined when it has not been built. */
export function electronSqliteBinding(): string | undefined {
  const path = app.isPackaged
    ? join(process.resourcesPath, 'native', SQLITE_BINDING_FILE)
    : join(app.getAppPath(), 'native', 'electron', SQLITE_BINDING_FILE);
  return existsSync(path) ? path : undefined;
}
