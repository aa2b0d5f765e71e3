/**
 * Refunds in a sale's figures: every Shopify refund line (with or without restock) kept once,
 * keyed by the refund and the order line as restocks are, with the money it gave back. A line
 * keeps what its refunds took off it: units, money, and units Shopify put back into stock
 * (they cost nothing). The stock itself moves in sale-restocks.ts.
 */
import type { CatalogChange } from '../catalog/catalog-write';
import { prepared } from '../db/prepared';
import type { ShopifyOrder } from './shopify-orders';

/** Books the order's refund lines not booked before on sale `saleId`; true when any was. */
export function bookRefunds(change: CatalogChange, order: ShopifyOrder, saleId: number): boolean {
  if (order.refundLines.length === 0) return false;
  const { db } = change;
  const booked = prepared(db, 'SELECT 1 FROM sale_refunds WHERE refund_key = ?');
  const lineOf = prepared(db, 'SELECT id FROM sale_lines WHERE sale_id = ? AND shopify_line_id = ?');
  const record = prepared(db, 'INSERT INTO sale_refunds (refund_key, sale_line_id, quantity, restocked, amount_cents, booked_at) VALUES (?, ?, ?, ?, ?, ?)');
  const sumUp = prepared(
    db,
    `UPDATE sale_lines SET (refunded_quantity, restocked_quantity, refunded_cents) = (
       SELECT coalesce(sum(quantity), 0), coalesce(sum(quantity * restocked), 0), coalesce(sum(amount_cents), 0) FROM sale_refunds WHERE sale_line_id = ?)
     WHERE id = ?`,
  );
  let changed = false;
  for (const refund of order.refundLines) {
    if (booked.get(refund.key)) continue;
    const line = lineOf.get(saleId, refund.shopifyLineId) as { id: number } | undefined;
    if (!line) continue;
    record.run(refund.key, line.id, Math.max(0, refund.quantity), refund.restocked ? 1 : 0, refund.amountCents, change.now);
    sumUp.run(line.id, line.id);
    changed = true;
  }
  return changed;
}
