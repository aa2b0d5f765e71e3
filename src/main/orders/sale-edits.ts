/**
 * Shopify order edits on a sale, booked once each, in the import's transaction and holding the
 * push lease. A line an edit added becomes a new sale line whose units leave the stock; units
 * an edit removed (Shopify's `currentQuantity` fell below what refunds explain) come back into
 * the local stock ("Shopify order #1002 edited"), and what Stockpilot knows of Shopify moves
 * with them (sale-stock.ts). The units removed so far are kept on the line, so a second
 * import, another process's, or one after a crash books only what is new.
 */
import type { CatalogChange } from '../catalog/catalog-write';
import { prepared } from '../db/prepared';
import { takeShopifyEffect } from './sale-stock';
import { insertSaleLine } from './sale-writing';
import type { ShopifyOrder, ShopifyOrderLine } from './shopify-orders';
import { refundedUnits } from './shopify-refunds';

interface KnownLine {
  id: number;
  variant_id: number | null;
  stock_taken: number;
  quantity: number;
  unit_price_cents: number;
  discount_cents: number;
  removed_quantity: number;
}

/** Units of a Shopify line its edits removed: what is gone from it that no refund explains. */
export function removedByEdits(order: ShopifyOrder, line: ShopifyOrderLine): number {
  return Math.max(0, line.quantity - refundedUnits(order.refundLines, line.shopifyLineId) - line.currentQuantity);
}

/** Books the order's edits not booked before on sale `saleId`; returns the variants whose stock moved. */
export function bookEdits(change: CatalogChange, order: ShopifyOrder, saleId: number, source: string): { changed: boolean; moved: number[] } {
  const { db } = change;
  const known = prepared(
    db,
    `SELECT id, variant_id, stock_taken, quantity, unit_price_cents, discount_cents, removed_quantity FROM sale_lines WHERE sale_id = ? AND shopify_line_id = ?`,
  );
  const moved: number[] = [];
  let changed = false;
  for (const line of order.lines) {
    let saleLine = known.get(saleId, line.shopifyLineId) as KnownLine | undefined;
    if (!saleLine) {
      const { next } = prepared(db, 'SELECT coalesce(max(position), -1) + 1 AS next FROM sale_lines WHERE sale_id = ?').get(saleId) as { next: number };
      const variantId = insertSaleLine(change, saleId, next, order, line, source, true);
      if (variantId !== null) moved.push(variantId);
      changed = true;
      saleLine = known.get(saleId, line.shopifyLineId) as KnownLine;
    }
    const removed = Math.min(removedByEdits(order, line), saleLine.quantity);
    if (removed <= saleLine.removed_quantity) continue;
    recordRemoved(change, saleLine, removed);
    changed = true;
    // A line whose units never left the local stock (unmatched, or sold before the variant existed here) gets none back.
    if (saleLine.stock_taken === 1 && saleLine.variant_id !== null) {
      const units = removed - saleLine.removed_quantity;
      takeShopifyEffect(change, { variantId: saleLine.variant_id, units, reason: `Shopify order ${order.name} edited`, source, locationId: order.locationId });
      moved.push(saleLine.variant_id);
    }
  }
  return { changed, moved };
}

/** The line's units removed by edits so far, and their share of its money. */
function recordRemoved(change: CatalogChange, line: KnownLine, removed: number): void {
  const gross = line.quantity * line.unit_price_cents - line.discount_cents;
  const removedCents = line.quantity > 0 ? Math.round((gross * removed) / line.quantity) : 0;
  prepared(change.db, 'UPDATE sale_lines SET removed_quantity = ?, removed_cents = ? WHERE id = ?').run(removed, removedCents, line.id);
}
