/** Opens (and migrates) the catalog database. */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Logger } from '../core/logger';
import { migrate, refuseFutureSchema } from './migrate';
import type { ReadableDB, WritableDB } from './types';

export { DatabaseFromFutureError } from './database-from-future-error';

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for this runtime (Electron passes its own). */
  nativeBinding?: string;
  log: Logger;
}

export function openDatabase(file: string, options: OpenOptions): WritableDB {
  // Look before touching: a database from a newer app must stay byte-identical, and even
  // switching it to WAL would write its header. A read-only connection writes nothing.
  if (existsSync(file)) {
    const probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding }) as ReadableDB;
    try {
      refuseFutureSchema(probe);
    } finally {
      probe.close();
    }
  }
  const db = new Database(file, { nativeBinding: options.nativeBinding }) as WritableDB;
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.log);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
