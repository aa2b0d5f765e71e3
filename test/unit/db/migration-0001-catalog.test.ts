import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { migrate } from '../../../src/main/db/migrate';
import catalog from '../../../src/main/db/migrations/0001-catalog';
import type { WritableDB } from '../../../src/main/db/types';

let dir: string;
let db: WritableDB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-m1-'));
  db = new Database(join(dir, 'm.db')) as WritableDB;
  db.pragma('foreign_keys = ON');
  migrate(db, silentLogger, [catalog]);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = '2026-01-01T00:00:00.000Z';
function product(name: string, columns: Record<string, string> = {}): number | bigint {
  const names = ['name', 'created_at', 'updated_at', ...Object.keys(columns)];
  const sql = `INSERT INTO products (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
  return db.prepare(sql).run(name, now, now, ...Object.values(columns)).lastInsertRowid;
}
const variant = (productId: number | bigint, sku: string) =>
  db.prepare('INSERT INTO variants (product_id, position, sku, created_at, updated_at) VALUES (?, 0, ?, ?, ?)').run(productId, sku, now, now).lastInsertRowid;

describe('migration 1: the catalog', () => {
  it('sets schema version 1 and creates the catalog tables', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'product\\_search\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(['commitments', 'product_images', 'product_search', 'products', 'settings', 'stock_movements', 'variant_components', 'variants']);
  });

  it('keeps the search index in step with each product\u2019s search text', () => {
    const p = product('A', { search_text: 'Moth tee\nTEE-MOTH-M' });
    const found = (text: string) => db.prepare('SELECT rowid FROM product_search WHERE product_search MATCH ?').all(`"${text}"`);
    expect(found('moth-m')).toEqual([{ rowid: p }]);
    db.prepare("UPDATE products SET search_text = 'Luna tee' WHERE id = ?").run(p);
    expect(found('moth-m')).toEqual([]);
    expect(found('luna')).toEqual([{ rowid: p }]);
    db.prepare('DELETE FROM products WHERE id = ?').run(p);
    expect(found('luna')).toEqual([]);
  });

  it('allows blank and duplicated SKUs (imported catalogs have them)', () => {
    const a = product('A');
    const b = product('B');
    variant(a, 'DUP');
    variant(b, 'DUP');
    variant(b, '');
    expect(db.prepare("SELECT count(*) AS n FROM variants WHERE sku = 'DUP'").get()).toEqual({ n: 2 });
  });

  it('links a Shopify product to at most one local product, while many stay unlinked', () => {
    product('A', { shopify_product_id: 'gid://shopify/Product/1' });
    product('B');
    product('C');
    expect(() => product('D', { shopify_product_id: 'gid://shopify/Product/1' })).toThrow(/UNIQUE/);
  });

  it('rejects states the app does not know', () => {
    expect(() => product('A', { status: 'deleted' })).toThrow(/CHECK/);
    expect(() => product('A', { sync_state: 'maybe' })).toThrow(/CHECK/);
    expect(() => product('A', { listing_status: 'hidden' })).toThrow(/CHECK/);
  });

  it('a variant used as a component cannot be deleted underneath its bundle', () => {
    const p = product('P');
    const bundle = variant(p, 'B');
    const part = variant(p, 'C');
    db.prepare('INSERT INTO variant_components VALUES (?, ?, 2)').run(bundle, part);
    expect(() => db.prepare('DELETE FROM variants WHERE id = ?').run(part)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO variant_components VALUES (?, ?, 1)').run(bundle, bundle)).toThrow(/CHECK/);
  });

  it('deleting a product takes its variants, ledger and commitments with it', () => {
    const p = product('P');
    const v = variant(p, 'S');
    db.prepare("INSERT INTO stock_movements (variant_id, kind, quantity, on_hand_after, reason, source, created_at) VALUES (?, 'received', 3, 3, 'r', 's', ?)").run(v, now);
    db.prepare("INSERT INTO commitments (variant_id, reference, quantity, created_at) VALUES (?, 'PO', 1, ?)").run(v, now);
    db.prepare('DELETE FROM products WHERE id = ?').run(p);
    expect(db.prepare('SELECT (SELECT count(*) FROM variants) + (SELECT count(*) FROM stock_movements) + (SELECT count(*) FROM commitments) AS n').get()).toEqual({ n: 0 });
  });
});
