/**
 * Migration 7: no Shopify-side difference rides on pushes any more. A difference stored by an
 * earlier version becomes a "Changed on Shopify" row with both numbers, for the owner to decide.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/main/db/migrations/index';
import { openTempDatabase, type TempDatabase } from '../../support/temp-database';

const now = '2026-01-01T00:00:00.000Z';
let temp: TempDatabase;
afterEach(() => temp.close());

describe('migration 7: stock reconciliation', () => {
  it('turns each stored Shopify-side difference into a "Changed on Shopify" row and drops the column', () => {
    temp = openTempDatabase(6);
    const { db } = temp;
    db.prepare('INSERT INTO products (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)').run('Tee', now, now);
    for (const [id, sku] of [[1, 'TEE-M'], [2, 'TEE-L']] as const) {
      db.prepare(`INSERT INTO variants (id, product_id, position, sku, shopify_variant_id, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?)`).run(id, id, sku, `gid://shopify/ProductVariant/${id}`, now, now);
    }
    const state = db.prepare('INSERT INTO variant_push_state (variant_id, location_id, shopify_quantity, last_sent, shopify_difference, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    state.run(1, 'gid://shopify/Location/1', 8, 10, -2, now); // a sale Shopify made, carried on every push
    state.run(2, 'gid://shopify/Location/1', 5, 5, 0, now);

    temp.migrateToLatest();

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
