/**
 * What an import does with each order it read: import it, or skip it and why. Pure over the
 * orders and the sales already imported, so the preview and the import agree.
 */
import type { OrderPreviewCounts, OrderPreviewState } from '../../shared/orders';
import type { KnownSale } from './sale-writing';
import type { ShopifyOrder } from './shopify-orders';

export interface ReviewedOrder {
  order: ShopifyOrder;
  state: OrderPreviewState;
  currencyMismatch: boolean;
  /** The sale it already is, when imported before. */
  saleId: number | null;
  /** Already a sale, and Shopify may have changed it since: refunds, restocks, order edits (booked once each). */
  changedSinceSale: boolean;
}

export function reviewOrders(orders: readonly ShopifyOrder[], known: ReadonlyMap<string, KnownSale>, shopCurrency: string): ReviewedOrder[] {
  return orders.map((order) => {
    const sale = known.get(order.shopifyOrderId);
    const changedSinceSale = sale !== undefined && mayHaveChanged(order, sale);
    return { order, state: stateOf(order, sale), currencyMismatch: order.currency !== shopCurrency, saleId: sale?.id ?? null, changedSinceSale };
  });
}

/** Refunds, units gone from a line, or more lines than the sale has (an edit added them). */
const mayHaveChanged = (order: ShopifyOrder, sale: KnownSale) =>
  order.refundLines.length > 0 || order.lines.some((l) => l.currentQuantity !== l.quantity) || order.lines.length > sale.lineCount;

function stateOf(order: ShopifyOrder, sale: KnownSale | undefined): OrderPreviewState {
  if (sale) return order.cancelledAt && !sale.cancelledAt ? 'cancelled_after_import' : 'already_imported';
  if (order.cancelledAt) return 'cancelled';
  if (order.test) return 'test';
  return 'new';
}

export interface ImportChoices {
  skipOtherCurrencies: boolean;
  includeTestOrders: boolean;
}

/**
 * The orders to write as sales. An order cancelled before any import that kept units out of
 * Shopify's stock (no restock) is written too, as a cancelled sale: its units did leave.
 */
export function ordersToImport(reviewed: readonly ReviewedOrder[], choices: ImportChoices): ReviewedOrder[] {
  return reviewed.filter(
    (r) =>
      (r.state === 'new' || (r.state === 'test' && choices.includeTestOrders) || (r.state === 'cancelled' && r.order.keptAfterCancel)) &&
      !(r.currencyMismatch && choices.skipOtherCurrencies),
  );
}

export function countReviewed(reviewed: readonly ReviewedOrder[]): OrderPreviewCounts {
  const count = (state: OrderPreviewState) => reviewed.filter((r) => r.state === state).length;
  return {
    total: reviewed.length,
    new: count('new'),
    alreadyImported: count('already_imported'),
    test: count('test'),
    cancelled: count('cancelled'),
    cancelledAfterImport: count('cancelled_after_import'),
    otherCurrency: reviewed.filter((r) => r.currencyMismatch).length,
  };
}
