/** Prepared statements cached per connection: the catalog runs the same few hundred SQL texts all day. */
import type { Statement } from 'better-sqlite3';
import type { ReadableDB } from './types';

const caches = new WeakMap<ReadableDB, Map<string, Statement>>();

export function prepared(db: ReadableDB, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
