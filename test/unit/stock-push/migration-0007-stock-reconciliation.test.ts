/**
 * Migration 7: no Shopify-side difference rides on pushes any more. A difference stored by an
 * earlier version becomes a "Changed on Shopify" row with both numbers, for the owner to decide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations/index';
import type { WritableDB } from '../../../src/main/db/types';

const now = '2026-01-01T00:00:00.000Z';
let dir: string;
let db: WritableDB;
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 7: stock reconciliation', () => {
  it('turns each stored Shopify-side difference into a "Changed on Shopify" row and drops the column', () => {
    dir = mkdtempSync(join(tmpdir(), 'stockpilot-m7-'));
    db = new Database(join(dir, 'm.db')) as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, silentLogger, migrations.filter((m) => m.version < 7));
    db.prepare('INSERT INTO products (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)').run('Tee', now, now);
    for (const [id, sku] of [[1, 'TEE-M'], [2, 'TEE-L']] as const) {
      db.prepare(`INSERT INTO variants (id, product_id, position, sku, shopify_variant_id, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?)`).run(id, id, sku, `gid://shopify/ProductVariant/${id}`, now, now);
    }
    const state = db.prepare('INSERT INTO variant_push_state (variant_id, location_id, shopify_quantity, last_sent, shopify_difference, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    state.run(1, 'gid://shopify/Location/1', 8, 10, -2, now); // a sale Shopify made, carried on every push
    state.run(2, 'gid://shopify/Location/1', 5, 5, 0, now);

    migrate(db, silentLogger, migrations);

    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.prepare('SELECT variant_id, location_id, stockpilot_quantity, shopify_quantity FROM shopify_changes').all()).toEqual([
      { variant_id: 1, location_id: 'gid://shopify/Location/1', stockpilot_quantity: 10, shopify_quantity: 8 },
    ]);
    const columns = (db.prepare('PRAGMA table_info(variant_push_state)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('shopify_difference');
    expect(columns).toContain('in_doubt_quantity');
    expect(db.prepare('SELECT shopify_quantity FROM variant_push_state WHERE variant_id = 2').get()).toEqual({ shopify_quantity: 5 });
  });
});
