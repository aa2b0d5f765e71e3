/**
 * Writing a Shopify order as a sale, inside the import's transaction: the sale, its lines
 * matched by SKU (COGS taken now), and each matched line's units out of the local stock.
 */
import type { CatalogChange } from '../catalog/catalog-write';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';
import type { ShopifyOrder, ShopifyOrderLine } from './shopify-orders';
import { soldFromHere, takeSaleIntoStock } from './sale-stock';
import { refreshSaleTotals } from './sale-totals';
import { findSoldVariant, type MatchedVariant } from './sku-matching';

export interface KnownSale {
  id: number;
  cancelledAt: string | null;
  /** Lines on the sale: an order with more has lines an edit added. */
  lineCount: number;
}

/** The sales already imported for these Shopify orders, by order id. */
export function knownSales(db: ReadableDB, shopifyOrderIds: readonly string[]): Map<string, KnownSale> {
  const known = new Map<string, KnownSale>();
  const select = prepared(db, 'SELECT id, cancelled_at, line_count FROM sales WHERE shopify_order_id = ?');
  for (const orderId of shopifyOrderIds) {
    const row = select.get(orderId) as { id: number; cancelled_at: string | null; line_count: number } | undefined;
    if (row) known.set(orderId, { id: row.id, cancelledAt: row.cancelled_at, lineCount: row.line_count });
  }
  return known;
}

export function insertSale(change: CatalogChange, order: ShopifyOrder, source: string): number {
  const { db } = change;
  const { id: saleId } = prepared(
    db,
    `INSERT INTO sales (channel, shopify_order_id, order_name, sold_at, currency, subtotal_cents, discounts_cents, shipping_cents,
       tax_cents, total_cents, test, shopify_updated_at, imported_at, location_id, location_name)
     VALUES ('shopify', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    order.shopifyOrderId,
    order.name,
    order.createdAt,
    order.currency,
    order.subtotalCents,
    order.discountsCents,
    order.shippingCents,
    order.taxCents,
    order.totalCents,
    order.test ? 1 : 0,
    order.updatedAt,
    change.now,
    order.locationId,
    order.locationName,
  ) as { id: number };
  order.lines.forEach((line, position) => insertSaleLine(change, saleId, position, order, line, source));
  refreshSaleTotals(db, saleId);
  return saleId;
}

/**
 * One order line written on a sale, matched by SKU; a matched line's units leave the stock.
 * `addedByEdit`: an order edit added it after the sale was imported ("… edited" in the stock
 * history). Returns the variant it matched.
 */
export function insertSaleLine(
  change: CatalogChange,
  saleId: number,
  position: number,
  order: ShopifyOrder,
  line: ShopifyOrderLine,
  source: string,
  addedByEdit = false,
): number | null {
  const { db } = change;
  const match = findSoldVariant(db, line);
  const { id: lineId } = prepared(
    db,
    `INSERT INTO sale_lines (sale_id, position, shopify_line_id, sku, title, variant_title, quantity, unit_price_cents, discount_cents, unmatched_reason, added_by_edit)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    saleId,
    position,
    line.shopifyLineId,
    line.sku.trim(),
    line.title,
    line.variantTitle,
    line.quantity,
    line.unitPriceCents,
    line.discountCents,
    match.matched ? null : match.reason,
    addedByEdit ? 1 : 0,
  ) as { id: number };
  if (!match.matched) return null;
  const orderName = addedByEdit ? `${order.name} edited` : order.name;
  matchLine(change, { lineId, quantity: line.quantity, orderName, soldAt: order.createdAt, locationId: order.locationId }, match.variant, source);
  return match.variant.variantId;
}

export interface LineToMatch {
  lineId: number;
  /** Units that left: the line's, less any an order edit removed before it was matched. */
  quantity: number;
  /** As the stock history names it: "#1002", "#1002 edited". */
  orderName: string;
  /** When Shopify made the sale. */
  soldAt: string;
  /** The Shopify location the units left from, when known (see sale-stock.ts). */
  locationId: string | null;
}

/**
 * A line gets its variant and the product's COGS as it is now, and its units leave the stock
 * — unless the variant was created in Stockpilot after the sale: the stock entered for it
 * then (typed, or read from Shopify) already left the sale out.
 */
export function matchLine(change: CatalogChange, line: LineToMatch, variant: MatchedVariant, source: string): void {
  // A sale fulfilled from another location than the push location is that location's stock, not this one's (a setting).
  const takesStock = soldSinceCreated(line.soldAt, variant.createdAt) && soldFromHere(change.db, line.locationId);
  prepared(
    change.db,
    `UPDATE sale_lines SET variant_id = ?, product_id = ?, product_name = ?, unit_cogs_cents = ?, matched = 1, unmatched_reason = NULL, matched_at = ?,
       stock_taken = ? WHERE id = ?`,
  ).run(variant.variantId, variant.productId, variant.productName, variant.unitCogsCents, change.now, takesStock ? 1 : 0, line.lineId);
  if (takesStock) takeSaleIntoStock(change, { variantId: variant.variantId, units: line.quantity, orderName: line.orderName, source, locationId: line.locationId });
}

/** Shopify dates to the second: a sale in the very second the variant was created counts as after it. */
const soldSinceCreated = (soldAt: string, createdAt: string) => Date.parse(soldAt) >= Math.floor(Date.parse(createdAt) / 1000) * 1000;

/** Shopify cancelled an imported order: said on the sale, nothing else changed (the owner decides). */
export function markCancelledAfterImport(db: WritableDB, saleId: number, cancelledAt: string, reason: string | null, updatedAt: string): void {
  prepared(db, 'UPDATE sales SET cancelled_at = ?, cancel_reason = ?, shopify_updated_at = ? WHERE id = ? AND cancelled_at IS NULL').run(
    cancelledAt,
    reason,
    updatedAt,
    saleId,
  );
}

/** The variants an order's lines would match now (whose stock an import of them moves). */
export function matchedVariantIds(db: ReadableDB, orders: readonly ShopifyOrder[]): number[] {
  const ids = new Set<number>();
  for (const order of orders) {
    for (const line of order.lines) {
      const match = findSoldVariant(db, line);
      if (match.matched) ids.add(match.variant.variantId);
    }
  }
  return [...ids];
}
