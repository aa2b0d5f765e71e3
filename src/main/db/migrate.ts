/**
 * Runs the pending migrations, each in its own transaction that also sets `user_version`,
 * so a crash leaves the database at a whole version, never half-way.
 */
import type { Logger } from '../core/logger';
import { DatabaseFromFutureError } from './database-from-future-error';
import { migrations, type Migration } from './migrations/index';
import type { ReadableDB, WritableDB } from './types';

export const latestSchemaVersion = (list: readonly Migration[] = migrations): number => list.at(-1)?.version ?? 0;

export function schemaVersion(db: ReadableDB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws DatabaseFromFutureError, without writing, when the database is newer than `list`. */
export function refuseFutureSchema(db: ReadableDB, list: readonly Migration[] = migrations): void {
  const found = schemaVersion(db);
  const known = latestSchemaVersion(list);
  if (found > known) throw new DatabaseFromFutureError(found, known);
}

export function migrate(db: WritableDB, log: Logger, list: readonly Migration[] = migrations): void {
  refuseFutureSchema(db, list);
  const current = schemaVersion(db);
  for (const migration of list) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      // user_version takes no bound parameter; the version is our own integer.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
    log.info(`database migrated to schema ${migration.version} (${migration.name})`);
  }
}
