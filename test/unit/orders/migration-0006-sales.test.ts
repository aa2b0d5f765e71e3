import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations/index';
import type { WritableDB } from '../../../src/main/db/types';

let dir: string;
let db: WritableDB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-m6-'));
  db = new Database(join(dir, 'm.db')) as WritableDB;
  db.pragma('foreign_keys = ON');
  migrate(db, silentLogger, migrations.filter((m) => m.version <= 6));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = '2026-11-01T00:00:00Z';
const sale = (orderId: string | null) =>
  db
    .prepare(
      `INSERT INTO sales (channel, shopify_order_id, order_name, sold_at, currency, subtotal_cents, total_cents, imported_at)
       VALUES ('shopify', ?, '#1001', ?, 'EUR', 1000, 1000, ?)`,
    )
    .run(orderId, now, now).lastInsertRowid;
const line = (saleId: number | bigint, variantId: number | bigint | null = null) =>
  db.prepare(`INSERT INTO sale_lines (sale_id, position, variant_id, title, quantity, unit_price_cents) VALUES (?, 0, ?, 'Moth tee', 1, 1000)`).run(saleId, variantId);

describe('migration 6: sales', () => {
  it('keeps one sale per Shopify order', () => {
    sale('gid://shopify/Order/1');
    expect(() => sale('gid://shopify/Order/1')).toThrow(/UNIQUE/);
    sale(null);
    sale(null); // sales from channels without an order id
    expect(db.prepare('SELECT count(*) AS n FROM sales').get()).toEqual({ n: 3 });
  });

  it('removes a sale\u2019s lines with it, and keeps a line (unmatched) when its variant is deleted', () => {
    const product = db.prepare(`INSERT INTO products (name, created_at, updated_at) VALUES ('Moth tee', ?, ?)`).run(now, now).lastInsertRowid;
    const variant = db.prepare(`INSERT INTO variants (product_id, position, sku, created_at, updated_at) VALUES (?, 0, 'TEE', ?, ?)`).run(product, now, now).lastInsertRowid;
    const s = sale('gid://shopify/Order/2');
    line(s, variant);
    db.prepare('DELETE FROM variants WHERE id = ?').run(variant);
    expect(db.prepare('SELECT variant_id FROM sale_lines').all()).toEqual([{ variant_id: null }]);
    db.prepare('DELETE FROM sales WHERE id = ?').run(s);
    expect(db.prepare('SELECT count(*) AS n FROM sale_lines').get()).toEqual({ n: 0 });
  });

  it('starts with an import state saying "never imported"', () => {
    expect(db.prepare('SELECT * FROM order_import_state').all()).toEqual([{ id: 1, last_import_at: null, last_updated_at_seen: null }]);
    expect(() => db.prepare('INSERT INTO order_import_state (id) VALUES (2)').run()).toThrow(/CHECK/);
  });
});
