import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { migrate, latestSchemaVersion } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations/index';
import { DatabaseFromFutureError, openDatabase } from '../../../src/main/db/open';
import type { WritableDB } from '../../../src/main/db/types';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-db-'));
  file = join(dir, 'stockpilot.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('opening the database', () => {
  it('brings a new data folder to the latest schema, in WAL mode with foreign keys on', () => {
    const db = openDatabase(file, { log: silentLogger });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('opens an up-to-date database again without changing it', () => {
    openDatabase(file, { log: silentLogger }).close();
    const db = openDatabase(file, { log: silentLogger });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    db.close();
  });

  it('refuses data written by a newer Stockpilot, and leaves the file byte-identical', () => {
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${latestSchemaVersion() + 5}`);
    future.close();
    const before = readFileSync(file);

    let error: unknown;
    try {
      openDatabase(file, { log: silentLogger });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseFromFutureError);
    expect((error as Error).message).toBe(
      `This data was written by a newer version of Stockpilot (schema ${latestSchemaVersion() + 5}; this version knows up to ${latestSchemaVersion()}). Update Stockpilot to open it.`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('the migration runner', () => {
  it('runs every migration in order, each setting user_version', () => {
    const db = new Database(file) as WritableDB;
    migrate(db, silentLogger);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    db.close();
  });

  it('numbers migrations 1, 2, 3 … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('a failing migration leaves the database at the last whole version', () => {
    const db = new Database(file) as WritableDB;
    const broken = [...migrations, { version: migrations.length + 1, name: 'broken', up: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, silentLogger, broken)).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });
});
