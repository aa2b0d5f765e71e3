/**
 * Migration 8: refunds in the sales figures. A restock booked by an earlier version becomes a
 * refund line (its money the line's price per unit), and the sale's revenue, units and COGS
 * read after it; sales without refunds keep their figures.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/main/db/migrations/index';
import { openTempDatabase, type TempDatabase } from '../../support/temp-database';

const now = '2026-11-01T00:00:00.000Z';
let temp: TempDatabase;
afterEach(() => temp.close());

describe('migration 8: sale refunds', () => {
  it('turns each booked restock into a refund line and takes it off the sale\u2019s figures', () => {
    temp = openTempDatabase(7);
    const { db } = temp;
    const sale = db.prepare(
      `INSERT INTO sales (id, channel, shopify_order_id, order_name, sold_at, currency, subtotal_cents, total_cents, imported_at, units, line_count, cogs_cents)
       VALUES (?, 'shopify', ?, ?, ?, 'EUR', ?, ?, ?, ?, 1, ?)`,
    );
    sale.run(1, 'gid://shopify/Order/1', '#1001', now, 5000, 5000, now, 2, 1800); // two tees, one returned
    sale.run(2, 'gid://shopify/Order/2', '#1002', now, 1800, 1800, now, 1, 400); // a print, kept
    const line = db.prepare(
      `INSERT INTO sale_lines (id, sale_id, position, shopify_line_id, title, quantity, unit_price_cents, unit_cogs_cents, matched, stock_taken) VALUES (?, ?, 0, ?, ?, ?, ?, ?, 1, 1)`,
    );
    line.run(1, 1, 'gid://shopify/LineItem/1', 'Moth tee', 2, 2500, 900);
    line.run(2, 2, 'gid://shopify/LineItem/2', 'Fern print', 1, 1800, 400);
    db.prepare('INSERT INTO sale_restocks (restock_key, sale_line_id, quantity, booked_at) VALUES (?, 1, 1, ?)').run('gid://shopify/Refund/9|gid://shopify/LineItem/1', now);

    temp.migrateToLatest();

    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.prepare('SELECT refund_key, sale_line_id, quantity, restocked, amount_cents FROM sale_refunds').all()).toEqual([
      { refund_key: 'gid://shopify/Refund/9|gid://shopify/LineItem/1', sale_line_id: 1, quantity: 1, restocked: 1, amount_cents: 2500 },
    ]);
    expect(db.prepare('SELECT id, units, revenue_cents, refunded_cents, cogs_cents FROM sales ORDER BY id').all()).toEqual([
      { id: 1, units: 1, revenue_cents: 2500, refunded_cents: 2500, cogs_cents: 900 },
      { id: 2, units: 1, revenue_cents: 1800, refunded_cents: 0, cogs_cents: 400 },
    ]);
    expect(db.prepare('SELECT refunded_quantity, restocked_quantity, refunded_cents, removed_quantity FROM sale_lines WHERE id = 1').get()).toEqual({
      refunded_quantity: 1,
      restocked_quantity: 1,
      refunded_cents: 2500,
      removed_quantity: 0,
    });
  });
});
