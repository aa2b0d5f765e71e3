/**
 * Units Shopify put back — a cancellation with restock, a return — come back into the local
 * stock once each ("Shopify cancellation", "Shopify refund"), keyed by the refund line, and
 * what Stockpilot knows of Shopify moves with them (sale-stock.ts). Written in the import's
 * transaction, holding the push lease. A refund without restock changes money only.
 */
import type { CatalogChange } from '../catalog/catalog-write';
import { prepared } from '../db/prepared';
import type { WritableDB } from '../db/types';
import type { ShopifyOrder } from './shopify-orders';
import { takeShopifyEffect } from './sale-stock';

/** Books the order's restocks not booked before; returns the variants whose stock moved. */
export function bookRestocks(change: CatalogChange, order: ShopifyOrder, source: string): number[] {
  if (order.restocks.length === 0) return [];
  const { db } = change;
  const booked = prepared(db, 'SELECT 1 FROM sale_restocks WHERE restock_key = ?');
  const lineOf = prepared(
    db,
    `SELECT l.id, l.variant_id FROM sale_lines l JOIN sales s ON s.id = l.sale_id
     WHERE s.shopify_order_id = ? AND l.shopify_line_id = ? AND l.matched = 1 AND l.stock_taken = 1 AND l.variant_id IS NOT NULL`,
  );
  const record = prepared(db, 'INSERT INTO sale_restocks (restock_key, sale_line_id, quantity, booked_at) VALUES (?, ?, ?, ?)');
  const moved: number[] = [];
  for (const restock of order.restocks) {
    if (booked.get(restock.key)) continue;
    // A line whose units never left the local stock (unmatched, or sold before the variant existed here) gets none back.
    const line = lineOf.get(order.shopifyOrderId, restock.shopifyLineId) as { id: number; variant_id: number } | undefined;
    if (!line) continue;
    const what = restock.kind === 'cancellation' ? 'cancelled' : 'refunded';
    takeShopifyEffect(change, { variantId: line.variant_id, units: restock.quantity, reason: `Shopify order ${order.name} ${what} (restocked)`, source, locationId: restock.locationId });
    record.run(restock.key, line.id, restock.quantity, change.now);
    moved.push(line.variant_id);
  }
  return moved;
}

/**
 * A line matched after Shopify restocked some of its units (mapped by the owner): those units
 * never left the local stock, so their refund lines are booked as they are, moving nothing —
 * a later import must not bring them back a second time. Returns how many units they were.
 */
export function settleRestocksBeforeMatch(db: WritableDB, saleLineId: number, now: string): number {
  const pending = prepared(
    db,
    `SELECT refund_key, quantity FROM sale_refunds r
     WHERE r.sale_line_id = ? AND r.restocked = 1 AND r.quantity > 0 AND NOT EXISTS (SELECT 1 FROM sale_restocks x WHERE x.restock_key = r.refund_key)`,
  ).all(saleLineId) as { refund_key: string; quantity: number }[];
  const record = prepared(db, 'INSERT INTO sale_restocks (restock_key, sale_line_id, quantity, booked_at) VALUES (?, ?, ?, ?)');
  for (const r of pending) record.run(r.refund_key, saleLineId, r.quantity, now);
  return pending.reduce((n, r) => n + r.quantity, 0);
}
