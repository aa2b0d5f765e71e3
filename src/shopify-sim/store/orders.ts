/**
 * Orders placed on the Shopify side (seed or `/__sim/sell`). An unfulfilled order commits
 * stock: available goes down, committed goes up, on hand stays until it ships.
 */
import type { ShopStore } from './shop-store';
import { isoSeconds } from './shop-store';
import type { LineItemRecord, LocationRecord, OrderRecord, RefundLineItemRecord } from './records';
import { currentQuantityOf } from './records';
import { money, variantTitle } from './product-builder';

export interface NewOrder {
  name?: string;
  at?: number;
  currencyCode?: string;
  presentmentCurrencyCode?: string;
  exchangeRate?: number;
  test?: boolean;
  cancelled?: boolean;
  locationId?: number;
  lineItems: { sku: string; quantity: number }[];
}

export class UnknownSkuError extends Error {
  constructor(readonly sku: string) {
    super(`No variant has the SKU "${sku}"`);
  }
}

/** A new order line for the variant with this SKU, priced as the variant (presentment price at `rate`). */
export function newLineItem(store: ShopStore, sku: string, quantity: number, rate: number, open = true): LineItemRecord {
  const variant = store.variantsBySku(sku)[0];
  if (!variant) throw new UnknownSkuError(sku);
  return {
    id: store.newId(),
    title: variant.product.title,
    variantTitle: variant.product.variants.length > 1 ? variantTitle(variant) : null,
    sku: variant.sku,
    quantity,
    currentQuantity: open ? quantity : 0,
    variant,
    unitPrice: variant.price,
    discountedUnitPrice: variant.price,
    presentmentUnitPrice: money(Number(variant.price) * rate),
  };
}

export function createOrder(store: ShopStore, input: NewOrder): OrderRecord {
  const at = isoSeconds(input.at ?? store.now());
  const currencyCode = input.currencyCode ?? store.shop.currencyCode;
  const rate = input.exchangeRate ?? 1;
  const location = (input.locationId !== undefined && store.locations.get(input.locationId)) || store.primaryLocation();
  const lineItems = input.lineItems.map((line) => newLineItem(store, line.sku, line.quantity, rate, !input.cancelled));
  const order: OrderRecord = {
    id: store.newId(),
    name: input.name ?? `#${1001 + store.orders.size}`,
    createdAt: at,
    updatedAt: at,
    processedAt: at,
    cancelledAt: input.cancelled ? at : null,
    cancelReason: input.cancelled ? 'OTHER' : null,
    locationId: location.id,
    test: input.test ?? false,
    currencyCode,
    presentmentCurrencyCode: input.presentmentCurrencyCode ?? currencyCode,
    exchangeRate: rate,
    financialStatus: input.cancelled ? 'REFUNDED' : 'PAID',
    sourceName: 'web',
    lineItems,
  };
  if (!input.cancelled) commitStock(store, order);
  store.addOrder(order);
  return order;
}

/** The location whose stock an order committed. */
export const orderLocation = (store: ShopStore, order: OrderRecord): LocationRecord =>
  (order.locationId !== undefined && store.locations.get(order.locationId)) || store.primaryLocation();

/**
 * Moves `quantity` units of a line, times these factors, into available and committed at the
 * order's location (an untracked item has no stock to move).
 */
export function moveLineStock(store: ShopStore, order: OrderRecord, line: LineItemRecord, quantity: number, toAvailable: number, toCommitted: number): void {
  const item = line.variant?.inventoryItem;
  if (!item?.tracked) return;
  const location = orderLocation(store, order);
  const level = item.levels.get(location.id) ?? store.stock(item, location);
  level.available += toAvailable * quantity;
  level.committed += toCommitted * quantity;
  level.updatedAt = order.updatedAt;
  item.updatedAt = order.updatedAt;
}

const commitStock = (store: ShopStore, order: OrderRecord) => {
  for (const line of order.lineItems) moveLineStock(store, order, line, line.quantity, -1, 1);
};

/** Releases a line's committed units: back to available when restocked, else out of on hand (the goods count as gone). */
export const releaseLineStock = (store: ShopStore, order: OrderRecord, line: LineItemRecord, quantity: number, restock: boolean) =>
  moveLineStock(store, order, line, quantity, restock ? 1 : 0, -1);

/** The refund line for `quantity` units of an unfulfilled line: CANCEL at the order's location when restocked. */
export const refundLine = (store: ShopStore, order: OrderRecord, line: LineItemRecord, quantity: number, restock: boolean): RefundLineItemRecord => ({
  id: store.newId(),
  lineItemId: line.id,
  quantity,
  restockType: restock ? 'CANCEL' : 'NO_RESTOCK',
  locationId: restock ? orderLocation(store, order).id : null,
});

/**
 * Cancels an open order the way the admin does, refunding every unit still on it. Restocking
 * (the default) makes its committed stock available again; without it the committed stock is
 * released and available stays as it is (so on hand goes down).
 */
export function cancelOrder(store: ShopStore, order: OrderRecord, reason = 'CUSTOMER', restock = true): OrderRecord {
  if (order.cancelledAt) return order;
  const at = store.timestamp();
  const open = order.lineItems.map((line) => ({ line, quantity: currentQuantityOf(order, line) })).filter((o) => o.quantity > 0);
  order.cancelledAt = at;
  order.cancelReason = reason;
  order.updatedAt = at;
  order.financialStatus = 'REFUNDED';
  for (const { line, quantity } of open) {
    line.currentQuantity = 0;
    releaseLineStock(store, order, line, quantity, restock);
  }
  const lineItems = open.map(({ line, quantity }) => refundLine(store, order, line, quantity, restock));
  if (lineItems.length) order.refunds = [...(order.refunds ?? []), { id: store.newId(), createdAt: at, lineItems }];
  store.changed();
  return order;
}
