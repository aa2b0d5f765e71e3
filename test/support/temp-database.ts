/**
 * A catalog database in a temp folder of its own, migrated up to `throughVersion` (default:
 * every migration), for tests of migrations and of single stores; `close()` removes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { silentLogger } from '../../src/main/core/logger';
import { migrate } from '../../src/main/db/migrate';
import { migrations } from '../../src/main/db/migrations/index';
import type { WritableDB } from '../../src/main/db/types';

export interface TempDatabase {
  db: WritableDB;
  /** Runs the migrations not run yet (a newer app opening this database). */
  migrateToLatest(): void;
  close(): void;
}

export function openTempDatabase(throughVersion = Number.POSITIVE_INFINITY): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'stockpilot-db-'));
  const db = new Database(join(dir, 'catalog.db')) as WritableDB;
  db.pragma('foreign_keys = ON');
  migrate(db, silentLogger, migrations.filter((m) => m.version <= throughVersion));
  return {
    db,
    migrateToLatest: () => migrate(db, silentLogger, migrations),
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
