/**
 * Migration 2: the outbox is filled by the database itself, in the transaction of the
 * change, for linked variants only, one row per variant however often it changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { migrate } from '../../../src/main/db/migrate';
import catalog from '../../../src/main/db/migrations/0001-catalog';
import stockPush from '../../../src/main/db/migrations/0002-stock-push';
import type { WritableDB } from '../../../src/main/db/types';

let dir: string;
let db: WritableDB;
const now = '2026-01-01T00:00:00.000Z';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-m2-'));
  db = new Database(join(dir, 'm.db')) as WritableDB;
  db.pragma('foreign_keys = ON');
  migrate(db, silentLogger, [catalog, stockPush]);
  db.prepare('INSERT INTO products (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)').run('Tee', now, now);
  db.prepare(`INSERT INTO variants (id, product_id, position, sku, shopify_variant_id, created_at, updated_at) VALUES (1, 1, 0, 'LINKED', 'gid://shopify/ProductVariant/1', ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO variants (id, product_id, position, sku, created_at, updated_at) VALUES (2, 1, 1, 'LOCAL', ?, ?)`).run(now, now);
  db.exec('DELETE FROM push_outbox');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const outbox = () => db.prepare('SELECT variant_id, version FROM push_outbox ORDER BY variant_id').all();

describe('migration 2: the stock push', () => {
  it('sets schema version 2 and creates its tables', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'push%' OR name LIKE '%push_state' OR name LIKE '%stock_rules')`).all() as { name: string }[]).map((t) => t.name).sort();
    expect(tables).toEqual(['product_stock_rules', 'push_batches', 'push_log', 'push_outbox', 'variant_push_state']);
  });

  it('queues a linked variant when its on-hand or commitments change, coalescing repeats', () => {
    db.exec('UPDATE variants SET on_hand = 5');
    db.exec('UPDATE variants SET on_hand = 6');
    db.exec('UPDATE variants SET committed = 2');
    expect(outbox()).toEqual([{ variant_id: 1, version: 3 }]);
  });

  it('a change that is rolled back queues nothing', () => {
    expect(() =>
      db.transaction(() => {
        db.exec('UPDATE variants SET on_hand = 5 WHERE id = 1');
        throw new Error('the change failed');
      })(),
    ).toThrow('the change failed');
    expect(outbox()).toEqual([]);
  });

  it('queues the product\u2019s variants when tracking, its rule, the location or Sold-Out Override change', () => {
    db.exec('UPDATE products SET track_inventory = 0');
    expect(outbox()).toHaveLength(1);
    db.exec('DELETE FROM push_outbox');
    db.exec(`INSERT INTO product_stock_rules (product_id, kind, quantity) VALUES (1, 'fixed', 3)`);
    expect(outbox()).toHaveLength(1);
    db.exec('DELETE FROM push_outbox');
    db.exec(`INSERT INTO settings (key, value_json) VALUES ('locationId', '"gid://shopify/Location/2"')`);
    expect(outbox()).toHaveLength(1);
    db.exec('DELETE FROM push_outbox');
    db.exec(`INSERT INTO settings (key, value_json) VALUES ('soldOutOverride', 'true')`);
    expect(outbox()).toHaveLength(1); // tracking is off for this product now
  });

  it('queues a variant when it is linked to Shopify', () => {
    db.exec(`UPDATE variants SET shopify_variant_id = 'gid://shopify/ProductVariant/2', shopify_inventory_item_id = 'gid://shopify/InventoryItem/2' WHERE id = 2`);
    expect(outbox()).toEqual([{ variant_id: 2, version: 1 }]);
  });
});
