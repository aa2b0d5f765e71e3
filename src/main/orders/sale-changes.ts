/**
 * What Shopify did to an order after it was sold, brought onto its sale once each, in the
 * import's transaction: edits (lines added, units removed), restocks, refunds — in that order,
 * so a refund or restock of a line an edit added finds it. Only orders that are sales.
 */
import type { CatalogChange } from '../catalog/catalog-write';
import { prepared } from '../db/prepared';
import { bookEdits } from './sale-edits';
import { bookRefunds } from './sale-refunds';
import { bookRestocks } from './sale-restocks';
import { refreshSaleTotals } from './sale-totals';
import type { ShopifyOrder } from './shopify-orders';

/** Books the order's changes not booked before; returns the variants whose stock moved. */
export function bookOrderChanges(change: CatalogChange, order: ShopifyOrder, source: string): number[] {
  const sale = prepared(change.db, 'SELECT id FROM sales WHERE shopify_order_id = ?').get(order.shopifyOrderId) as { id: number } | undefined;
  if (!sale) return [];
  const edits = bookEdits(change, order, sale.id, source);
  const restocked = bookRestocks(change, order, source);
  const refunded = bookRefunds(change, order, sale.id);
  if (edits.changed || refunded) refreshSaleTotals(change.db, sale.id);
  return [...edits.moved, ...restocked];
}
